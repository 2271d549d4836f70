package io.cxsite.config;

import java.util.Map;

/**
 * The site's own words that may differ per language: {@code title}, {@code description} and
 * {@code footer} of site.yaml, each written once ({@code title: Nordlys}) or per language
 * ({@code title: {en: Nordlys help, sv: Nordlys hjälp}}). A plain text is stored under the key
 * {@code ""} and serves every language.
 *
 * @param language the site's language: a language without a text of its own gets this one's
 */
public record SiteTexts(String language, Map<String, String> title, Map<String, String> description,
        Map<String, String> footer) {

    /** The same words in every language. */
    public static SiteTexts plain(String language, String title, String description, String footer) {
        return new SiteTexts(language, Map.of("", title), Map.of("", description), Map.of("", footer));
    }

    public String title(String lang) {
        return pick(title, lang);
    }

    public String description(String lang) {
        return pick(description, lang);
    }

    public String footer(String lang) {
        return pick(footer, lang);
    }

    /** The text for {@code lang}, else the one for every language, else the site language's, else "". */
    private String pick(Map<String, String> texts, String lang) {
        String own = texts.get(lang);
        if (own != null) {
            return own;
        }
        String all = texts.get("");
        if (all != null) {
            return all;
        }
        return texts.getOrDefault(language, "");
    }
}

package io.cxsite.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the site's and the theme's English words on a page in another language. Each English text
 * is compared with the text of the same key in the page's language: where the two are the same
 * (a name such as "BankID", or "Chat" in Norwegian) it is no leak and is not looked for. A text is
 * looked for as whole words in what a reader meets: element text, the page title, labels and tips
 * (aria-label, title, placeholder, alt), previews (meta description, Open Graph) and the words the
 * search script shows (data-text-*). Parts marked with another {@code lang} are that language's.
 */
final class LanguageLeaks {
    /** One English text that a page in another language shows. */
    record Leak(String page, String key, String english, String where) {
        @Override
        public String toString() {
            return page + ": \"" + english + "\" (" + key + ") in " + where;
        }
    }

    private final Map<String, String> english;

    /** @param english the English texts by key: theme words as they are, site.yaml ones as "site.title" etc. */
    LanguageLeaks(Map<String, String> english) {
        this.english = english;
    }

    /** The English texts of {@code html} (a page in {@code lang}) whose key says otherwise in {@code local}. */
    List<Leak> find(String page, String html, String lang, Map<String, String> local) {
        List<String[]> shown = shown(Jsoup.parse(html), lang);
        List<Leak> leaks = new ArrayList<>();
        english.forEach((key, text) -> {
            String own = local.get(key);
            if (text.isBlank() || own != null && own.strip().equalsIgnoreCase(text.strip())) {
                return;
            }
            Pattern pattern = pattern(text);
            for (String[] unit : shown) {
                if (pattern.matcher(unit[1]).find()) {
                    leaks.add(new Leak(page, key, text, unit[0]));
                    return;
                }
            }
        });
        return leaks;
    }

    /** The text as whole words; a placeholder such as {n} or {q} stands for anything. */
    static Pattern pattern(String text) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] parts = text.strip().split("\\{[a-z]+\\}", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                regex.append(".*?");
            }
        }
        return Pattern.compile(regex.append("(?![\\p{L}\\p{N}])").toString());
    }

    /** What a reader meets on the page, each as (where, text), leaving out parts in another language. */
    private static List<String[]> shown(Document doc, String lang) {
        List<String[]> units = new ArrayList<>();
        units.add(new String[] {"<title>", doc.title()});
        for (Element meta : doc.select("meta[name=description], meta[property^=og:]")) {
            units.add(new String[] {"<meta " + meta.attr(meta.hasAttr("name") ? "name" : "property") + ">",
                    meta.attr("content")});
        }
        walk(doc.body(), lang, units);
        return units;
    }

    private static void walk(Element element, String lang, List<String[]> units) {
        String own = element.attr("lang").toLowerCase(Locale.ROOT);
        if (!own.isEmpty() && !own.equals(lang) && !own.startsWith(lang + "-")) {
            return;
        }
        if (element.tagName().equals("script") || element.tagName().equals("style")) {
            return;
        }
        String where = "<" + element.tagName() + (element.className().isEmpty() ? "" : " class=\"" + element.className() + "\"") + ">";
        if (!element.ownText().isBlank()) {
            units.add(new String[] {where, element.ownText()});
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey();
            if (name.equals("aria-label") || name.equals("title") || name.equals("placeholder") || name.equals("alt")
                    || name.startsWith("data-text-")) {
                units.add(new String[] {where + " " + name, attribute.getValue()});
            }
        }
        element.children().forEach(child -> walk(child, lang, units));
    }
}

package io.cxsite.render;

import io.cxsite.config.SiteConfig;
import io.cxsite.render.TemplateModel.MenuItem;
import io.cxsite.render.TemplateModel.PageView;
import io.cxsite.render.TemplateModel.SiteView;
import io.cxsite.site.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the context every page template starts from: the site, menu, theme words and languages. */
final class TemplateContext {
    private final Site site;
    private final SiteConfig config;
    private final String base;
    private final Map<String, SiteView> siteViews = new HashMap<>();
    private final Strings strings;

    TemplateContext(Site site, Strings strings, String favicon) {
        this.site = site;
        this.config = site.config();
        this.base = config.basePath();
        this.strings = strings;
        for (String lang : config.languages()) {
            siteViews.put(lang, new SiteView(config.texts().title(lang), config.texts().description(lang),
                    config.language(), config.baseUrl(), base, config.texts().footer(lang),
                    base + SiteFiles.feedPath(site, lang), favicon));
        }
    }

    /** The site as templates see it in {@code lang}: its title, description, footer and feed in that language. */
    SiteView site(String lang) {
        return siteViews.getOrDefault(language(lang), siteViews.get(config.language()));
    }

    Map<String, Object> context(PageView page, String url) {
        Map<String, Object> context = new HashMap<>();
        String lang = language(page.lang());
        context.put("site", site(lang));
        context.put("page", page);
        context.put("menu", site.topSections(lang).stream()
                .map(s -> new MenuItem(s.title(), base + s.url(), url.startsWith(s.url()))).toList());
        context.put("list", List.of());
        context.put("sections", List.of());
        context.put("tags", List.of());
        context.put("t", words(lang));
        context.put("home", base + site.home(lang).url());
        context.put("languages", languages(lang, url));
        context.put("help", null);
        context.put("pinned", List.of());
        context.put("contact", List.of());
        context.put("scripts", List.of());
        context.put("headerSearch", true);
        context.put("flowStart", "");
        return context;
    }

    /** Every site language with this page's version in it, or that language's home; one entry means no switcher. */
    private List<TemplateModel.LanguageLink> languages(String current, String url) {
        if (config.languages().size() < 2) {
            return List.of();
        }
        Map<String, String> versions = site.translations(url);
        List<TemplateModel.LanguageLink> choices = new ArrayList<>();
        for (String lang : config.languages()) {
            String target = lang.equals(current) ? url : versions.get(lang);
            boolean translated = target != null;
            String relative = translated ? target : site.home(lang).url();
            choices.add(new TemplateModel.LanguageLink(lang, words(lang).getOrDefault("languageName", lang),
                    base + relative, config.baseUrl() + relative, lang.equals(current), translated));
        }
        return choices;
    }

    /** The primary subtag: sv for sv-SE, the key of the theme's words and of the language homes. */
    static String language(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** The theme's words in {@code lang}'s primary language. */
    Map<String, String> words(String lang) {
        return strings.of(language(lang));
    }
}

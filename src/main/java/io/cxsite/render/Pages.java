package io.cxsite.render;

import io.cxsite.config.SiteConfig;
import io.cxsite.render.TemplateModel.Link;
import io.cxsite.render.TemplateModel.MenuItem;
import io.cxsite.render.TemplateModel.PageView;
import io.cxsite.render.TemplateModel.SiteView;
import io.cxsite.render.TemplateModel.Summary;
import io.cxsite.render.TemplateModel.TagCount;
import io.cxsite.site.Alias;
import io.cxsite.site.Page;
import io.cxsite.site.Section;
import io.cxsite.site.Site;
import io.cxsite.site.Tag;
import io.pebbletemplates.pebble.PebbleEngine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Builds the template context of each kind of page and evaluates its template. */
final class Pages {
    private final Site site;
    private final SiteConfig config;
    private final String base;
    private final Locale locale;
    private final SiteView siteView;
    private final PageLinks links;
    private final ReportHtml reports;
    private final PartialRenderer partials;
    private final Strings strings;
    private final HelpCentre help;
    private final PebbleEngine engine;
    private final SiteRenderer.Memory memory;

    Pages(PebbleEngine engine, Site site, Strings strings, SiteRenderer.Memory memory) {
        this.engine = engine;
        this.memory = memory;
        this.site = site;
        this.config = site.config();
        this.base = config.basePath();
        this.locale = config.locale();
        this.strings = strings;
        this.siteView = new SiteView(config.title(), config.description(), config.language(), config.baseUrl(),
                base, config.footer(), base + SiteFiles.FEED);
        this.partials = new PartialRenderer(engine, locale);
        this.reports = new ReportHtml(site.metrics(), config, partials);
        this.links = new PageLinks(site);
        this.help = new HelpCentre(site, this::words, links::summary);
    }

    /** The charts and data files the report blocks of the pages made so far registered. */
    List<OutputFile> reportFiles() {
        return reports.files();
    }

    OutputFile section(Section section) {
        Page index = section.index();
        boolean home = section.parent().isEmpty();
        List<Summary> list;
        List<Summary> sections;
        if (home) {
            list = site.pages().stream().filter(p -> p.meta().date().isPresent() && p.lang().equals(index.lang()))
                    .sorted(Comparator.comparing((Page p) -> p.meta().date().get()).reversed()
                            .thenComparing(Page::url))
                    .limit(8).map(links::summary).toList();
            sections = site.topSections(index.lang()).stream().map(s -> links.summary(s.index())).toList();
        } else {
            list = section.pages().stream().map(links::summary).toList();
            sections = section.subsections().stream().map(u -> links.summary(site.sections().get(u).index())).toList();
        }
        Map<String, Object> context = context(view(home ? "home" : "section", index, links.crumbs(index), null, null),
                index.url());
        context.put("list", list);
        context.put("sections", sections);
        context.put("scripts", scripts(index));
        boolean helpHome = !home && help.isHelpHome(index);
        if (helpHome) {
            context.put("pinned", help.pinned(section));
            context.put("contact", help.contact(index.lang()));
        }
        return html(index.url(), home ? "home.peb" : helpHome ? "help.peb" : "section.peb", context);
    }

    OutputFile page(Page page) {
        List<Page> siblings = site.section(page.sectionUrl()).map(Section::pages).orElse(List.of());
        int at = siblings.indexOf(page);
        Link prev = at > 0 ? links.link(siblings.get(at - 1)) : null;
        Link next = at >= 0 && at < siblings.size() - 1 ? links.link(siblings.get(at + 1)) : null;
        Map<String, Object> context = context(view("page", page, links.crumbs(page), prev, next), page.url());
        context.put("help", help.view(page));
        context.put("scripts", scripts(page));
        return html(page.url(), "page.peb", context);
    }

    /** Scripts the page needs beyond the theme's: js/flow.js where a troubleshooting flow is. */
    private List<String> scripts(Page page) {
        return page.flows().isEmpty() ? List.of() : List.of(base + FlowHtml.SCRIPT);
    }

    /**
     * Whether the template shows the contact block ({@code id="contact"}, where flows' {@code contact}
     * leads) with this page: help articles and the help home, when site.yaml lists channels.
     */
    private boolean showsContact(String kind, Page page) {
        return !config.help().contact().isEmpty()
                && (kind.equals("page") ? help.isIn(page, HelpCentre.HELP) : help.isHelpHome(page));
    }

    OutputFile tagIndex() {
        String url = "tags/";
        PageView view = synthetic("tags", words(config.language()).get("tags"), url);
        Map<String, Object> context = context(view, url);
        context.put("tags", site.tags().stream()
                .map(t -> new TagCount(t.name(), base + t.url(), t.pages().size())).toList());
        return html(url, "tags.peb", context);
    }

    OutputFile tag(Tag tag) {
        PageView view = synthetic("tag", tag.name(), tag.url());
        Map<String, Object> context = context(view, tag.url());
        context.put("list", tag.pages().stream().map(links::summary).toList());
        return html(tag.url(), "tag.peb", context);
    }

    /** The search page of {@code lang}, at its home + search/. */
    OutputFile search(String lang) {
        String url = site.home(lang).url() + "search/";
        Page home = site.home(lang).index();
        PageView view = new PageView("search", words(lang).getOrDefault("searchButton", "Search"), "", base + url,
                config.baseUrl() + url, lang, "", "", List.of(), "", List.of(links.link(home)), null, null, "public",
                false);
        return html(url, SiteRenderer.SEARCH_TEMPLATE, context(view, url));
    }

    OutputFile notFound() {
        PageView view = synthetic("404", words(config.language()).get("notFoundTitle"), "404.html");
        return evaluate("404.html", "404.peb", context(view, "404.html"));
    }

    OutputFile alias(Alias alias) {
        PageView view = new PageView("alias", "Moved", "", base + alias.target(), config.baseUrl() + alias.target(),
                config.language(), "", "", List.of(), "", List.of(), null, null, "public", false);
        return evaluate(alias.path(), "alias.peb", context(view, alias.target()));
    }

    private OutputFile html(String url, String template, Map<String, Object> context) {
        return evaluate(url + "index.html", template, context);
    }

    private PageView synthetic(String kind, String title, String url) {
        return new PageView(kind, title, "", base + url, config.baseUrl() + url, config.language(), "", "",
                List.of(), "", List.of(new Link(site.home().title(), base)), null, null, "public", false);
    }

    private PageView view(String kind, Page page, List<Link> breadcrumbs, Link prev, Link next) {
        String date = page.meta().date().map(Object::toString).orElse("");
        String dateText = links.dateText(page);
        boolean contact = showsContact(kind, page);
        Supplier<String> body = () -> HtmlBody.html(page, base, reports::html,
                new FlowHtml(base, words(page.lang()), contact, partials));
        // Report blocks register their charts for charts/ as they render, so those bodies are always made.
        String content = page.reports().isEmpty()
                ? memory.body(List.of(page, base, words(page.lang()), contact), body) : body.get();
        return new PageView(kind, page.title(), page.meta().description(), base + page.url(),
                config.baseUrl() + page.url(), page.lang(), date, dateText, links.tagLinks(page),
                content, breadcrumbs, prev, next, page.audience().key(), page.meta().draft());
    }

    private Map<String, Object> context(PageView page, String url) {
        Map<String, Object> context = new HashMap<>();
        String lang = language(page.lang());
        context.put("site", siteView);
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
    private String language(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private Map<String, String> words(String lang) {
        return strings.of(language(lang));
    }

    private OutputFile evaluate(String path, String template, Map<String, Object> context) {
        if (!memory.changed(path, template, context)) {
            return null;
        }
        StringWriter writer = new StringWriter(16 * 1024);
        try {
            engine.getTemplate(template).evaluate(writer, context, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return OutputFile.text(path, "text/html", writer.toString());
    }
}

package io.cxsite.render;

import io.cxsite.config.SiteConfig;
import io.cxsite.render.TemplateModel.Link;
import io.cxsite.render.TemplateModel.NotFoundText;
import io.cxsite.render.TemplateModel.PageView;
import io.cxsite.render.TemplateModel.Summary;
import io.cxsite.render.TemplateModel.TagCount;
import io.cxsite.site.Alias;
import io.cxsite.site.Page;
import io.cxsite.site.Section;
import io.cxsite.site.Site;
import io.cxsite.site.Tag;
import io.pebbletemplates.pebble.PebbleEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the template context of each kind of page and evaluates its template. */
final class Pages {
    private final Site site;
    private final SiteConfig config;
    private final String base;
    private final Locale locale;
    private final PageLinks links;
    private final ReportHtml reports;
    private final TemplateContext contexts;
    private final PageViews views;
    private final HelpCentre help;
    private final PebbleEngine engine;
    private final SiteRenderer.Memory memory;
    private final PeriodPager pager = new PeriodPager();

    Pages(PebbleEngine engine, Site site, Strings strings, String favicon, SiteRenderer.Memory memory,
            PngFiles pngs) {
        this.engine = engine;
        this.memory = memory;
        this.site = site;
        this.config = site.config();
        this.base = config.basePath();
        this.locale = config.locale();
        this.contexts = new TemplateContext(site, strings, favicon);
        PartialRenderer partials = new PartialRenderer(engine, locale);
        this.reports = new ReportHtml(site.metrics(), config, partials, pngs);
        this.links = new PageLinks(site);
        this.help = new HelpCentre(site, contexts::words, links::summary);
        this.views = new PageViews(site, links, reports, partials, help, contexts, memory);
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
            list = site.pages().stream().filter(p -> p.meta().date().isPresent() && p.lang().equals(index.lang())
                            && p.generatedPeriod().isEmpty())
                    .sorted(Comparator.comparing((Page p) -> p.meta().date().get()).reversed()
                            .thenComparing(Page::url))
                    .limit(8).map(links::summary).toList();
            sections = site.topSections(index.lang()).stream().map(s -> links.summary(s.index())).toList();
        } else {
            list = section.pages().stream().map(links::summary).toList();
            sections = section.subsections().stream().map(u -> links.summary(site.sections().get(u).index())).toList();
        }
        Map<String, Object> context = contexts.context(
                views.view(home ? "home" : "section", index, links.crumbs(index), null, null), index.url());
        context.put("list", list);
        context.put("sections", sections);
        context.put("scripts", scripts(index));
        boolean helpHome = !home && help.isHelpHome(index);
        if (helpHome) {
            context.put("pinned", help.pinned(section));
            context.put("contact", help.contact(index.lang()));
            context.put("headerSearch", false); // help.peb puts the page's one search box up front
        }
        return html(index.url(), home ? "home.peb" : helpHome ? "help.peb" : "section.peb", context);
    }

    OutputFile page(Page page) {
        List<Page> siblings = pager.siblings(page,
                site.section(page.sectionUrl()).map(Section::pages).orElse(List.of()));
        int at = PeriodPager.position(siblings, page);
        Link prev = at > 0 ? links.link(siblings.get(at - 1)) : null;
        Link next = at >= 0 && at < siblings.size() - 1 ? links.link(siblings.get(at + 1)) : null;
        Map<String, Object> context = contexts.context(views.view("page", page, links.crumbs(page), prev, next),
                page.url());
        context.put("help", help.view(page));
        context.put("scripts", scripts(page));
        // "Fix it step by step" at the top of the article jumps to its first troubleshooting flow.
        context.put("flowStart", page.flows().isEmpty() ? "" : "#" + page.flows().get(0).id());
        return html(page.url(), "page.peb", context);
    }

    /** Scripts the page needs beyond the theme's: js/flow.js where a troubleshooting flow is. */
    private List<String> scripts(Page page) {
        return page.flows().isEmpty() ? List.of() : List.of(base + FlowHtml.SCRIPT);
    }

    /** The tags of one language, at its home + tags/. */
    OutputFile tagIndex(String home, String lang) {
        String url = home + "tags/";
        PageView view = views.synthetic("tags", contexts.words(lang).get("tags"), url, lang);
        Map<String, Object> context = contexts.context(view, url);
        context.put("tags", site.tags().stream().filter(t -> languageHome(t).equals(home))
                .map(t -> new TagCount(t.name(), base + t.url(), t.pages().size())).toList());
        return html(url, "tags.peb", context);
    }

    OutputFile tag(Tag tag) {
        String lang = site.languageHomes().getOrDefault(languageHome(tag), config.language());
        PageView view = views.synthetic("tag", tag.name(), tag.url(), lang);
        Map<String, Object> context = contexts.context(view, tag.url());
        context.put("list", tag.pages().stream().map(links::summary).toList());
        return html(tag.url(), "tag.peb", context);
    }

    /** The language home a tag page lies under ("" or "sv/"): the longest whose tags/ folder holds it. */
    private String languageHome(Tag tag) {
        return site.languageHomes().keySet().stream().filter(home -> tag.url().startsWith(home + "tags/"))
                .max(Comparator.comparingInt(String::length)).orElse("");
    }

    /** The search page of {@code lang}, at its home + search/. */
    OutputFile search(String lang) {
        String url = site.home(lang).url() + "search/";
        Page home = site.home(lang).index();
        PageView view = new PageView("search", contexts.words(lang).getOrDefault("searchButton", "Search"), "",
                base + url, config.baseUrl() + url, lang, "", "", List.of(), "", List.of(links.link(home)), null, null,
                "public", false);
        Map<String, Object> context = contexts.context(view, url);
        // When nothing matches: the most asked articles and the contact block, in the page's language.
        site.section(site.home(lang).url() + HelpCentre.HELP + "/").ifPresent(helpHome -> {
            context.put("pinned", help.pinned(helpHome));
            context.put("contact", help.contact(lang));
        });
        return html(url, SiteRenderer.SEARCH_TEMPLATE, context);
    }

    OutputFile notFound() {
        PageView view = views.synthetic("404", contexts.words(config.language()).get("notFoundTitle"), "404.html",
                config.language());
        Map<String, Object> context = contexts.context(view, "404.html");
        context.put("notFound", site.languageHomes().entrySet().stream().map(e -> {
            Map<String, String> t = contexts.words(e.getValue());
            return new NotFoundText(e.getValue(), t.getOrDefault("languageName", e.getValue()), base + e.getKey(),
                    t.get("notFoundTitle"), t.get("notFoundText"), t.get("goHome"));
        }).toList());
        return evaluate("404.html", "404.peb", context);
    }

    OutputFile alias(Alias alias) {
        PageView view = new PageView("alias", "Moved", "", base + alias.target(), config.baseUrl() + alias.target(),
                config.language(), "", "", List.of(), "", List.of(), null, null, "public", false);
        return evaluate(alias.path(), "alias.peb", contexts.context(view, alias.target()));
    }

    private OutputFile html(String url, String template, Map<String, Object> context) {
        return evaluate(url + "index.html", template, context);
    }

    private OutputFile evaluate(String path, String template, Map<String, Object> context) {
        if (!memory.changed(path, template, context)) {
            return null;
        }
        // Room for most pages (those of the 1,000-page bench site: 12 KB on average); a bigger one grows it.
        TemplateOutput writer = new TemplateOutput(16 * 1024);
        try {
            engine.getTemplate(template).evaluate(writer, context, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutputFile(path, "text/html", writer.utf8());
    }
}

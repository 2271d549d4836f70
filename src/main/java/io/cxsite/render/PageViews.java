package io.cxsite.render;

import io.cxsite.config.SiteConfig;
import io.cxsite.render.TemplateModel.Link;
import io.cxsite.render.TemplateModel.PageView;
import io.cxsite.site.Page;
import io.cxsite.site.Site;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Builds the {@link PageView} a template shows: a page with its rendered body, or a page cxsite makes. */
final class PageViews {
    /** The label of a table's scroll region for a theme whose words lack {@code tableScrolls}. */
    static final String TABLE_SCROLLS = "Table, scrolls sideways";

    private final Site site;
    private final SiteConfig config;
    private final String base;
    private final PageLinks links;
    private final ReportHtml reports;
    private final PartialRenderer partials;
    private final HelpCentre help;
    private final TemplateContext context;
    private final SiteRenderer.Memory memory;
    private final List<String> phones;
    /** One {@link FlowHtml} per language and contact block (the same for every such page), made when first needed. */
    private final Map<String, FlowHtml> flowHtml = new ConcurrentHashMap<>();

    PageViews(Site site, PageLinks links, ReportHtml reports, PartialRenderer partials, HelpCentre help,
            TemplateContext context, SiteRenderer.Memory memory) {
        this.site = site;
        this.config = site.config();
        this.base = config.basePath();
        this.links = links;
        this.reports = reports;
        this.partials = partials;
        this.help = help;
        this.context = context;
        this.memory = memory;
        this.phones = HelpContact.phoneNumbers(config);
    }

    /** A page cxsite makes (tags, 404) in {@code lang}, under that language's home. */
    PageView synthetic(String kind, String title, String url, String lang) {
        Page home = site.home(lang).index();
        return new PageView(kind, title, "", base + url, config.baseUrl() + url, lang, "", "",
                List.of(), "", List.of(new Link(home.title(), base + home.url())), null, null, "public", false);
    }

    PageView view(String kind, Page page, List<Link> breadcrumbs, Link prev, Link next) {
        String date = page.meta().date().map(Object::toString).orElse("");
        String dateText = links.dateText(page);
        boolean contact = showsContact(kind, page);
        Map<String, String> words = context.words(page.lang());
        Supplier<String> body = () -> HtmlBody.html(page, base, spec -> reports.html(spec, words, page.lang()),
                flowHtml.computeIfAbsent(page.lang() + (contact ? " contact" : ""),
                        key -> new FlowHtml(base, words, contact, partials, phones)), phones,
                words.getOrDefault("tableScrolls", TABLE_SCROLLS), partials);
        // Report blocks register their charts for charts/ as they render, so those bodies are always made.
        String content = page.reports().isEmpty()
                ? memory.body(List.of(page, base, context.words(page.lang()), contact), body) : body.get();
        return new PageView(kind, page.title(), page.meta().description(), base + page.url(),
                config.baseUrl() + page.url(), page.lang(), date, dateText, links.tagLinks(page),
                content, breadcrumbs, prev, next, page.audience().key(), page.meta().draft());
    }

    /**
     * Whether the template shows the contact block ({@code id="contact"}, where flows' {@code contact}
     * leads) with this page: help articles and the help home, when site.yaml lists channels.
     */
    private boolean showsContact(String kind, Page page) {
        return !config.help().contact().isEmpty()
                && (kind.equals("page") ? help.isIn(page, HelpCentre.HELP) : help.isHelpHome(page));
    }
}

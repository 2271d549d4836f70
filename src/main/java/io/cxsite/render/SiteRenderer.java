package io.cxsite.render;

import io.cxsite.config.Audience;
import io.cxsite.config.InputFiles;
import io.cxsite.config.SiteConfig;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.MetricsJson;
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
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Renders a {@link Site} through a theme into output files. The Pebble engine is built once per
 * renderer (templates compile once and are shared by every page); pages render in parallel.
 */
public final class SiteRenderer {
    static final String TEMPLATES = "templates";
    static final String STATIC = "static";
    static final String SEARCH_TEMPLATE = "search.peb";
    static final BiPredicate<String, Boolean> NOTHING_SKIPPED = (path, isFolder) -> false;

    private final Path siteDir;
    private final String themeName;
    private final Optional<Theme> theme;
    private final PebbleEngine engine;

    public SiteRenderer(Path siteDir, String themeName) {
        this.siteDir = siteDir;
        this.themeName = themeName;
        this.theme = Theme.locate(siteDir, themeName);
        List<Loader<?>> loaders = new ArrayList<>();
        // Site-level templates/ first, so a site overrides the theme file by file.
        loaders.add(new FileLoader(siteDir.resolve(TEMPLATES).toAbsolutePath().normalize().toString()));
        theme.ifPresent(t -> loaders.add(t.templates()));
        // A theme made before a partial existed gets the default theme's (that partial only).
        loaders.add(new PartialLoader());
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .build();
    }

    /**
     * What a long-lived caller keeps between renders of one site with one renderer (serve's
     * incremental build), so that work whose inputs have not changed is skipped. A file skipped
     * this way is not passed to the consumer: the caller still has it. {@link #NONE} keeps nothing.
     */
    public interface Memory {
        Memory NONE = new Memory() {
        };

        /** The HTML body of a page; {@code inputs} are everything {@code render} makes it from. */
        default String body(Object inputs, Supplier<String> render) {
            return render.get();
        }

        /** The plain text of a page for the search indexes. */
        default String text(Page page, Function<Page, String> render) {
            return render.apply(page);
        }

        /**
         * False to skip the page of {@code page} (or the section page it is the index of) without making
         * its context, as nothing it is made from changed; {@link Optional#empty()} asks for the files
         * about no one page: tag pages, 404, search pages, redirects.
         */
        default boolean renders(Optional<Page> page) {
            return true;
        }

        /** False when the file at {@code path} was made last time from an equal template name and context. */
        default boolean changed(String path, String template, Map<String, Object> context) {
            return true;
        }

        /** False when the file at {@code path} was copied last time from {@code source}, unchanged since. */
        default boolean changed(String path, Path source) {
            return true;
        }

        /** Runs the step that makes sitemap, feed and search indexes; serve runs it after publishing the pages. */
        default void siteFiles(Runnable step) {
            step.run();
        }

        /**
         * True when the sitemap, feed and search indexes being made are no longer wanted (serve:
         * newer edits wait). The step looks every few hundred pages and stops with a
         * {@link java.util.concurrent.CancellationException}.
         */
        default boolean stopping() {
            return false;
        }
    }

    /** Renders every output file of {@code site} into {@code out}, which must accept files from several threads. */
    public void render(Site site, Consumer<OutputFile> out, Problems problems) throws IOException {
        render(site, out, problems, Memory.NONE);
    }

    /** As {@link #render(Site, Consumer, Problems)}, skipping what {@code memory} still has. */
    public void render(Site site, Consumer<OutputFile> out, Problems problems, Memory memory) throws IOException {
        if (theme.isEmpty()) {
            problems.error("site.yaml", 1, 1, "theme '" + themeName + "' not found: no folder themes/" + themeName
                    + "/templates; set 'theme:' in site.yaml to a folder under themes/ (or 'default')");
            return;
        }
        if (!presentationInside(problems)) {
            return;
        }
        List<StaticFile> statics = staticFiles(problems);
        OutputPlan plan = plan(site, statics, problems);
        if (plan.failed()) {
            return;
        }
        write(site, file -> {
            if (!plan.covers(file.path())) {
                throw new IllegalStateException("cxsite wrote " + file.path() + " without planning it");
            }
            out.accept(file);
        }, problems, memory, statics);
    }

    /** Makes every file of the plan. */
    private void write(Site site, Consumer<OutputFile> out, Problems problems, Memory memory, List<StaticFile> statics)
            throws IOException {
        Pages pages = new Pages(site, new Strings(siteDir, themeName, problems), memory);
        List<Supplier<OutputFile>> jobs = new ArrayList<>();
        for (Section section : site.sections().values()) {
            if (memory.renders(Optional.of(section.index()))) {
                jobs.add(() -> pages.section(section));
            }
        }
        for (Page page : site.pages()) {
            if (memory.renders(Optional.of(page))) {
                jobs.add(() -> pages.page(page));
            }
        }
        int ofPages = jobs.size();
        jobs.add(pages::tagIndex);
        for (Tag tag : site.tags()) {
            jobs.add(() -> pages.tag(tag));
        }
        jobs.add(pages::notFound);
        // A search page per language home, when the theme has one (js/search.js fills it in).
        if (engine.getLoader().resourceExists(SEARCH_TEMPLATE)) {
            Map<String, String> searchPages = new TreeMap<>();
            site.config().languages().forEach(lang -> searchPages.putIfAbsent(site.home(lang).url(), lang));
            searchPages.values().forEach(lang -> jobs.add(() -> pages.search(lang)));
        }
        for (Alias alias : site.aliases()) {
            jobs.add(() -> pages.alias(alias));
        }
        (memory.renders(Optional.empty()) ? jobs : jobs.subList(0, ofPages)).parallelStream().forEach(job -> {
            try {
                OutputFile file = job.get();
                if (file != null) { // null: the memory still has this file
                    out.accept(file);
                }
            } catch (PebbleException e) {
                problems.error(templatePath(e.getFileName()), e.getLineNumber() == null ? 1 : e.getLineNumber(), 1,
                        "template: " + e.getPebbleMessage());
            }
        });
        pages.reports.files().forEach(out);
        // Metrics are internal data: a public build carries none of them.
        if (!site.metrics().isEmpty() && site.config().audience().includes(Audience.INTERNAL)) {
            out.accept(new OutputFile(MetricsJson.PATH, "application/json", MetricsJson.write(site.metrics())));
        }
        memory.siteFiles(() -> SiteFiles.write(site, page -> memory.text(page, HtmlBody::text), out, memory::stopping));
        for (StaticFile file : statics) {
            if (memory.changed(file.path(), file.source())) {
                out.accept(new OutputFile(file.path(), MediaTypes.of(file.path()), Files.readAllBytes(file.source())));
            }
        }
        site.assets().parallelStream().filter(asset -> memory.changed(asset.contentPath(), asset.source())).forEach(asset -> {
            try {
                out.accept(new OutputFile(asset.contentPath(), MediaTypes.of(asset.contentPath()),
                        Files.readAllBytes(asset.source())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private record StaticFile(String path, Path source, String label) {
    }

    /**
     * Claims every file this render makes, its own first, then the static files, then the site's
     * content; a clash is an error at the content that chose the path. Keep it beside {@link #render}:
     * a file written without a claim stops the build, so a new kind of output must be added here too.
     */
    private OutputPlan plan(Site site, List<StaticFile> statics, Problems problems) {
        OutputPlan plan = new OutputPlan(problems);
        plan.claim(SiteFiles.SITEMAP, OutputPlan.Claim.generated("the sitemap (" + SiteFiles.SITEMAP + ")"));
        plan.claim(SiteFiles.ROBOTS, OutputPlan.Claim.generated("cxsite's " + SiteFiles.ROBOTS));
        plan.claim(SiteFiles.FEED, OutputPlan.Claim.generated("the Atom feed (" + SiteFiles.FEED + ")"));
        plan.claim(SiteFiles.SEARCH_INDEX, OutputPlan.Claim.generated("the search index (" + SiteFiles.SEARCH_INDEX + ")"));
        plan.claim("404.html", OutputPlan.Claim.generated("the 404 page (404.html)"));
        plan.ownFolder(SearchFiles.FOLDER, "the search page and indexes (/" + SearchFiles.FOLDER + ")");
        plan.ownFolder("tags/", "the tag pages (/tags/)");
        plan.ownFolder(ReportHtml.CHARTS, "the charts (/" + ReportHtml.CHARTS + ")");
        if (engine.getLoader().resourceExists(SEARCH_TEMPLATE)) {
            for (String lang : site.config().languages()) {
                String url = site.home(lang).url();
                if (!url.isEmpty()) {
                    plan.claim(url + "search/index.html", OutputPlan.Claim.generated("the search page (/" + url
                            + "search/)"));
                }
            }
        }
        if (!site.metrics().isEmpty() && site.config().audience().includes(Audience.INTERNAL)) {
            plan.claim(MetricsJson.PATH, OutputPlan.Claim.generated("the metrics data (" + MetricsJson.PATH + ")"));
        }
        for (StaticFile file : statics) {
            plan.claim(file.path(), new OutputPlan.Claim(file.label(), file.label(), 1, 1, "this static file",
                    "rename it"));
        }
        plan.claimContent(site);
        return plan;
    }

    /** The theme's static files, then the site's, a site file replacing a theme file of the same path. */
    private List<StaticFile> staticFiles(Problems problems) throws IOException {
        Map<String, StaticFile> byPath = new TreeMap<>();
        Theme used = theme.orElseThrow();
        used.staticFiles(siteDir, problems).forEach((path, source) -> byPath.put(path, new StaticFile(path, source,
                "the theme's file " + path + " (in " + used.label() + ")")));
        Path own = siteDir.resolve(STATIC);
        InputFiles.walk(siteDir, STATIC, InputFiles.ALL, NOTHING_SKIPPED, problems).forEach(p -> {
            String path = Theme.relative(own, p);
            byPath.put(path, new StaticFile(path, p, STATIC + "/" + path));
        });
        return List.copyOf(byPath.values());
    }

    /**
     * Whether the templates, words and theme of the site folder hold no symbolic link out of it (each
     * one an error at the link): Pebble and the word files read what the links point to, and a page
     * would carry it.
     */
    private boolean presentationInside(Problems problems) throws IOException {
        Problems own = new Problems();
        for (String folder : List.of(TEMPLATES, STATIC, Strings.FOLDER, "themes/" + themeName)) {
            InputFiles.walk(siteDir, folder, InputFiles.ALL, NOTHING_SKIPPED, own);
        }
        List<Problem> found = own.sorted();
        problems.addAll(found);
        return found.stream().noneMatch(Problem::isError);
    }

    /** Where a template name lives, relative to the site root, for error messages. */
    private String templatePath(String name) {
        String themeTemplates = theme.map(Theme::label).orElse("themes/" + themeName) + "/" + TEMPLATES;
        if (name == null) {
            return themeTemplates;
        }
        String file = Path.of(name).getFileName().toString();
        String relative = name.contains(TEMPLATES + "/") ? name.substring(name.lastIndexOf(TEMPLATES + "/") + TEMPLATES.length() + 1) : file;
        if (Files.isRegularFile(siteDir.resolve(TEMPLATES).resolve(relative))) {
            return TEMPLATES + "/" + relative;
        }
        return themeTemplates + "/" + relative;
    }

    /** Builds the template context of each kind of page and evaluates its template. */
    private final class Pages {
        private final Site site;
        private final SiteConfig config;
        private final String base;
        private final Locale locale;
        private final SiteView siteView;
        private final Map<String, DateTimeFormatter> dateFormats = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<Page, List<Link>> tagsByPage = new IdentityHashMap<>();
        private final ReportHtml reports;
        private final PartialRenderer partials;
        private final Strings strings;
        private final HelpCentre help;
        private final Memory memory;

        Pages(Site site, Strings strings, Memory memory) {
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
            this.help = new HelpCentre(site, this::words, this::summary);
            for (Tag tag : site.tags()) {
                Link link = new Link(tag.name(), base + tag.url());
                tag.pages().forEach(p -> tagsByPage.computeIfAbsent(p, k -> new ArrayList<>()).add(link));
            }
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
                        .limit(8).map(this::summary).toList();
                sections = site.topSections(index.lang()).stream().map(s -> summary(s.index())).toList();
            } else {
                list = section.pages().stream().map(this::summary).toList();
                sections = section.subsections().stream().map(u -> summary(site.sections().get(u).index())).toList();
            }
            Map<String, Object> context = context(view(home ? "home" : "section", index, crumbs(index), null, null),
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
            Link prev = at > 0 ? link(siblings.get(at - 1)) : null;
            Link next = at >= 0 && at < siblings.size() - 1 ? link(siblings.get(at + 1)) : null;
            Map<String, Object> context = context(view("page", page, crumbs(page), prev, next), page.url());
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
            context.put("list", tag.pages().stream().map(this::summary).toList());
            return html(tag.url(), "tag.peb", context);
        }

        /** The search page of {@code lang}, at its home + search/. */
        OutputFile search(String lang) {
            String url = site.home(lang).url() + "search/";
            Page home = site.home(lang).index();
            PageView view = new PageView("search", words(lang).getOrDefault("searchButton", "Search"), "", base + url,
                    config.baseUrl() + url, lang, "", "", List.of(), "", List.of(link(home)), null, null, "public",
                    false);
            return html(url, SEARCH_TEMPLATE, context(view, url));
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
            String dateText = page.meta().date().map(dateFormat(page.lang())::format).orElse("");
            boolean contact = showsContact(kind, page);
            Supplier<String> body = () -> HtmlBody.html(page, base, reports::html,
                    new FlowHtml(base, words(page.lang()), contact, partials));
            // Report blocks register their charts for charts/ as they render, so those bodies are always made.
            String content = page.reports().isEmpty()
                    ? memory.body(List.of(page, base, words(page.lang()), contact), body) : body.get();
            return new PageView(kind, page.title(), page.meta().description(), base + page.url(),
                    config.baseUrl() + page.url(), page.lang(), date, dateText, tagLinks(page),
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
            List<TemplateModel.LanguageLink> links = new ArrayList<>();
            for (String lang : config.languages()) {
                String target = lang.equals(current) ? url : versions.get(lang);
                boolean translated = target != null;
                String relative = translated ? target : site.home(lang).url();
                links.add(new TemplateModel.LanguageLink(lang, words(lang).getOrDefault("languageName", lang),
                        base + relative, config.baseUrl() + relative, lang.equals(current), translated));
            }
            return links;
        }

        /** The primary subtag: sv for sv-SE, the key of the theme's words and of the language homes. */
        private String language(String tag) {
            int dash = tag.indexOf('-');
            return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
        }

        private Map<String, String> words(String lang) {
            return strings.of(language(lang));
        }

        private DateTimeFormatter dateFormat(String lang) {
            return dateFormats.computeIfAbsent(lang, l -> DateTimeFormatter.ofPattern("d MMMM uuuu",
                    Locale.forLanguageTag(l)));
        }

        /** Home down to the section that holds {@code page}, each a link; not the page itself. */
        private List<Link> crumbs(Page page) {
            Section own = site.sections().get(page.url());
            if (page.url().isEmpty() || own != null && own.index() == page && own.parent().isEmpty()) {
                return List.of();
            }
            List<Link> crumbs = new ArrayList<>();
            String url = page.sectionUrl();
            while (true) {
                Section section = site.sections().get(url);
                crumbs.add(0, link(section.index()));
                if (section.parent().isEmpty()) {
                    break;
                }
                url = section.parent().get();
            }
            return List.copyOf(crumbs);
        }

        private Summary summary(Page page) {
            return new Summary(page.title(), base + page.url(), page.meta().description(),
                    page.meta().date().map(Object::toString).orElse(""),
                    page.meta().date().map(dateFormat(page.lang())::format).orElse(""), tagLinks(page));
        }

        private List<Link> tagLinks(Page page) {
            return tagsByPage.getOrDefault(page, List.of());
        }

        private Link link(Page page) {
            return new Link(page.title(), base + page.url());
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
}

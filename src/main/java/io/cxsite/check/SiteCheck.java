package io.cxsite.check;

import io.cxsite.config.Audience;
import io.cxsite.config.AudienceScope;
import io.cxsite.config.SiteConfig;
import io.cxsite.content.PageSource;
import io.cxsite.diagnostics.Problems;
import io.cxsite.diagnostics.Severity;
import io.cxsite.render.OutputFile;
import io.cxsite.site.Alias;
import io.cxsite.site.FileUse;
import io.cxsite.site.Page;
import io.cxsite.site.Site;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The check of a rendered site, what {@code cxsite check} adds to a build: it reads every output
 * file as the renderer hands it over (from several threads) and then reports, against the page's
 * Markdown where it can,
 * <ol>
 * <li>internal links ({@code href}, {@code src}, {@code srcset}, form actions, refreshes) to no output
 * file or outside the base path, and {@code #fragments} to no id of their page;</li>
 * <li>images without {@code alt}, an {@code alt=""} image that is all of a link, an
 * {@code <svg role="img">} without {@code <title>};</li>
 * <li>an empty or missing {@code <title>}, an empty {@code <h1>};</li>
 * <li>pages that cannot be reached by following links from a language's home page (warnings);
 * redirects and {@code 404.html} need no link;</li>
 * <li>in a public build, anything internal: an internal page (or an HTML file of no page that is
 * {@code noindex}, as the theme marks internal pages), a file under {@code data/}, {@code charts/}
 * or an internal {@code reports/}, a file under content/ that only internal pages use, or a link or
 * URL to one.</li>
 * </ol>
 * What the Markdown links say is already checked by the assembler; this check sees what templates,
 * report blocks, flows and raw HTML add.
 */
public final class SiteCheck implements Consumer<OutputFile> {
    static final String NOT_FOUND = "404.html";
    private static final Set<String> TEXT_TYPES = Set.of("json", "xml", "txt");

    private final Site site;
    private final SiteConfig config;
    private final String basePath;
    private final boolean publicBuild;
    private final Urls urls;
    private final SourceTracer sources;
    private final Set<String> aliases;
    /** The pages cxsite makes without Markdown: tag pages and search pages. */
    private final Set<String> generated = new HashSet<>();
    private final InternalFolders internal;
    private final Map<String, RenderedPage> pages = new ConcurrentHashMap<>();
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final RenderedPage.Interner shared = new RenderedPage.Interner();
    private final List<Finding> mentions = Collections.synchronizedList(new ArrayList<>());

    private SiteCheck(Site site, List<PageSource> sources) {
        this.site = site;
        this.config = site.config();
        this.basePath = config.basePath();
        this.publicBuild = config.audience() == AudienceScope.PUBLIC;
        this.urls = new Urls(config.baseUrl(), basePath);
        this.sources = new SourceTracer(site, sources);
        this.aliases = site.aliases().stream().map(Alias::path).collect(Collectors.toUnmodifiableSet());
        this.internal = InternalFolders.of(site, homes());
        generated.add("tags/index.html");
        site.tags().forEach(tag -> generated.add(tag.url() + "index.html"));
        homes().forEach(home -> generated.add(home + "search/index.html"));
    }

    /**
     * A check of {@code site}'s output. {@code sources} are the Markdown files the author wrote
     * (not the generated report pages): problems point into them, at the positions they were loaded with.
     */
    public static SiteCheck of(Site site, List<PageSource> sources) {
        return new SiteCheck(site, sources);
    }

    /** Takes one rendered file; safe to call from several threads. */
    @Override
    public void accept(OutputFile file) {
        String path = file.path();
        files.add(path);
        if (path.endsWith(".html")) {
            pages.put(path, RenderedPage.read(path, new String(file.bytes(), StandardCharsets.UTF_8), shared));
        } else if (publicBuild && TEXT_TYPES.contains(extension(path))) {
            mentions.addAll(internal.urlsIn(path, new String(file.bytes(), StandardCharsets.UTF_8)));
        }
    }

    /** How many files the renderer handed over. */
    public int fileCount() {
        return files.size();
    }

    /** Checks everything handed over so far and adds what it finds to {@code problems}. */
    public void check(Problems problems) {
        List<Finding> findings = new ArrayList<>(mentions);
        for (RenderedPage page : new TreeMap<>(pages).values()) {
            links(page, findings);
            images(page, findings);
            titles(page, findings);
        }
        unreachable(findings);
        if (publicBuild) {
            internalFiles(findings);
            filesOfInternalPages(problems);
        }
        report(findings, problems);
    }

    // 1. Links and anchors

    private void links(RenderedPage page, List<Finding> findings) {
        for (RenderedPage.Ref ref : page.refs()) {
            Urls.Target target = urls.target(page.path(), ref.url());
            String problem = switch (target.kind()) {
                case EXTERNAL -> null;
                case MALFORMED -> "not a valid URL";
                case OUTSIDE_BASE -> "outside the site's base path " + basePath
                        + ", so it would not load where the site is published";
                case SITE -> problem(page, target);
            };
            if (problem != null) {
                findings.add(Finding.error(page, ref.line(), ref.column(), ref.html() + ": " + problem, ref.mark()));
            }
        }
    }

    /** What is wrong with a link to {@code target} of the site, or null. */
    private String problem(RenderedPage from, Urls.Target target) {
        if (publicBuild && internal.contains(target.path())) {
            return "links to internal " + internal.folderOf(target.path()) + " in a public build";
        }
        FileUse internalFile = site.internalFiles().get(target.path());
        if (publicBuild && internalFile != null) {
            return "links to content/" + internalFile.file() + ", which only internal pages use ("
                    + internalFile.where() + "), in a public build";
        }
        Optional<String> file = file(target.path());
        if (file.isEmpty()) {
            return "no such page or file in the built site";
        }
        String fragment = target.fragment();
        RenderedPage page = pages.get(file.get());
        // html: an empty fragment and #top scroll to the top of the page
        if (fragment.isEmpty() || page == null || page.hasId(fragment) || fragment.equalsIgnoreCase("top")) {
            return null;
        }
        String where = page == from ? "on this page" : "in " + page.path();
        return "no id '" + fragment + "' " + where + NearestId.of(fragment, page.ids()).map(id -> "; did you mean '#" + id
                + "'?").orElse("");
    }

    /** The output file a site path names: a folder's {@code index.html}, also without its final slash. */
    private Optional<String> file(String sitePath) {
        if (sitePath.isEmpty() || sitePath.endsWith("/")) {
            return present(sitePath + "index.html");
        }
        // GitHub Pages and most hosts redirect a folder's URL without the slash to the folder.
        return present(sitePath).or(() -> present(sitePath + "/index.html"));
    }

    private Optional<String> present(String path) {
        return files.contains(path) ? Optional.of(path) : Optional.empty();
    }

    // 2. Images and graphics

    private void images(RenderedPage page, List<Finding> findings) {
        for (RenderedPage.Image image : page.images()) {
            if (image.alt().isEmpty()) {
                findings.add(Finding.error(page, image.line(), image.column(), image.html() + " has no alt text;"
                        + " say what the image shows in alt=\"…\", or write alt=\"\" if it is only decoration",
                        image.mark()));
            } else if (image.bareLink().isPresent()) {
                findings.add(Finding.warning(page, image.line(), image.column(), image.html() + " is all there is"
                        + " in the link to '" + image.bareLink().get() + "', so screen readers find no name for the"
                        + " link; say where it goes in the image's alt text", image.mark()));
            }
        }
        for (RenderedPage.Graphic graphic : page.graphics()) {
            if (!graphic.titled()) {
                findings.add(Finding.error(page, graphic.line(), graphic.column(), "<svg role=\"img\"> has no"
                        + " <title>; give it one, so that screen readers can say what it shows",
                        graphic.mark()));
            }
        }
    }

    // 3. Titles and headings

    private void titles(RenderedPage page, List<Finding> findings) {
        if (page.title().isEmpty()) {
            findings.add(Finding.ofPage(page.path(), Severity.ERROR, "the page has no <title>"));
        } else if (page.title().get().isBlank()) {
            RenderedPage.Text title = page.title().get();
            findings.add(new Finding(page.path(), title.line(), title.column(), Severity.ERROR,
                    "the page's <title> is empty", Finding.NO_MARK, true));
        }
        for (RenderedPage.Text heading : page.headings()) {
            if (heading.isBlank()) {
                findings.add(new Finding(page.path(), heading.line(), heading.column(), Severity.ERROR,
                        "<h1> is empty", heading.mark(), true));
            }
        }
    }

    // 4. Reachability

    /** Every page a reader can reach from a home page by following links, forms and redirects. */
    private Set<String> reachable() {
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String home : homes()) {
            if (pages.containsKey(home + "index.html") && reached.add(home + "index.html")) {
                queue.add(home + "index.html");
            }
        }
        while (!queue.isEmpty()) {
            RenderedPage page = pages.get(queue.poll());
            for (RenderedPage.Ref ref : page.refs()) {
                Urls.Target target = ref.navigation() ? urls.target(page.path(), ref.url())
                        : Urls.Target.of(Urls.Kind.EXTERNAL);
                Optional<String> file = target.kind() == Urls.Kind.SITE ? file(target.path()) : Optional.empty();
                if (file.isPresent() && pages.containsKey(file.get()) && reached.add(file.get())) {
                    queue.add(file.get());
                }
            }
        }
        return reached;
    }

    private void unreachable(List<Finding> findings) {
        Set<String> reached = reachable();
        String from = homes().stream().map(h -> basePath + h).collect(Collectors.joining(" or "));
        for (String path : new TreeSet<>(pages.keySet())) {
            if (!reached.contains(path) && !isRedirectOrNotFound(path)) {
                findings.add(Finding.ofPage(path, Severity.WARNING, "page " + basePath + Urls.url(path)
                        + " cannot be reached by following links from the home page (" + from + ");"
                        + " link to it from its section, a list or another page"));
            }
        }
    }

    /** Old addresses and the not-found page exist for visitors from elsewhere; nothing links to them. */
    private boolean isRedirectOrNotFound(String path) {
        return path.equals(NOT_FOUND) || aliases.contains(path)
                || pages.get(path).refs().stream().anyMatch(r -> r.element().equals("meta"));
    }

    /** The site's home and each other language's, as site paths: {@code ""}, {@code sv/}. */
    private List<String> homes() {
        Set<String> homes = new TreeSet<>();
        homes.add("");
        config.languages().forEach(lang -> homes.add(site.home(lang).url()));
        return List.copyOf(homes);
    }

    /** Internal pages, and files in internal folders, grouped by folder. */
    private void internalFiles(List<Finding> findings) {
        Map<String, List<String>> byFolder = new LinkedHashMap<>();
        for (String path : new TreeSet<>(files)) {
            Optional<Page> page = sources.page(path);
            RenderedPage html = pages.get(path);
            boolean internalPage = page.map(p -> p.audience() == Audience.INTERNAL).orElse(false);
            // The theme marks internal pages noindex. A page of the site says its audience itself; an
            // HTML file that is none of the site's pages (one under static/, say) has only this mark.
            boolean unexplainedNoindex = html != null && html.noindex() && page.isEmpty() && !generated.contains(path)
                    && !isRedirectOrNotFound(path);
            if (internalPage || unexplainedNoindex || html != null && page.isPresent() && internal.contains(path)) {
                findings.add(Finding.ofPage(path, Severity.ERROR, "internal page " + basePath + Urls.url(path)
                        + " in a public build" + (internalPage ? " (audience: internal)"
                        : unexplainedNoindex ? " (it is marked noindex, as internal pages are)" : "")));
            } else if (internal.contains(path)) {
                byFolder.computeIfAbsent(internal.folderOf(path), f -> new ArrayList<>()).add(path);
            }
        }
        byFolder.forEach((folder, list) -> findings.add(new Finding(list.get(0), 1, 1, Severity.ERROR,
                "a public build must not contain " + folder + ", which is internal, but it has " + list.size()
                        + (list.size() == 1 ? " file" : " files") + " there", Finding.NO_MARK, false)));
    }

    /**
     * Files under content/ that only internal pages use, in a public build: the assembler leaves them
     * out, and this makes sure nothing else (a static file of the same path, say) brought them back.
     */
    private void filesOfInternalPages(Problems problems) {
        site.internalFiles().forEach((path, use) -> {
            if (files.contains(path)) {
                problems.error("content/" + path, 0, 0, "a public build must not contain " + path + ", which only"
                        + " internal pages use (" + use.where() + "); link to it from a public page, or leave it out");
            }
        });
    }

    // Reporting

    /**
     * Turns findings into problems. The same problem from the theme on many pages is one problem,
     * at its first page, that counts the others.
     */
    private void report(List<Finding> findings, Problems problems) {
        findings.sort(Finding.BY_POSITION);
        Map<String, List<Finding>> fromTheme = new LinkedHashMap<>();
        Map<String, SourceTracer.Location> where = new HashMap<>();
        for (Finding finding : findings) {
            SourceTracer.Location at = sources.locate(finding, pages::get);
            if (at.inSource()) {
                problems.add(SourceTracer.problem(finding, at, ""));
            } else {
                String key = finding.severity() + " " + finding.message();
                fromTheme.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
                where.putIfAbsent(key, at);
            }
        }
        fromTheme.forEach((key, list) -> {
            long others = list.stream().map(Finding::file).distinct().count() - 1;
            problems.add(SourceTracer.problem(list.get(0), where.get(key), others == 0 ? ""
                    : "also on " + others + " other " + (others == 1 ? "page" : "pages")));
        });
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

package io.cxsite.check;

import io.cxsite.config.Audience;
import io.cxsite.config.AudienceScope;
import io.cxsite.config.SiteConfig;
import io.cxsite.diagnostics.Problems;
import io.cxsite.diagnostics.Severity;
import io.cxsite.render.OutputFile;
import io.cxsite.site.Alias;
import io.cxsite.site.FileUse;
import io.cxsite.site.Page;
import io.cxsite.site.Site;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import java.util.regex.Pattern;
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
    /** Folders of internal data: a public build carries none of them (DESIGN.md "Audience"). */
    static final List<String> DATA_FOLDERS = List.of("data/", "charts/");
    static final String REPORTS = "reports/";
    static final String NOT_FOUND = "404.html";
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    /** A URL path with no dot segment, query, escape or second fragment mark. */
    private static final Pattern PLAIN = Pattern.compile("(?:/(?!\\.\\.?(?:/|#|$))[A-Za-z0-9_.~!$&'()*+,;=:@-]*)+/?"
            + "(?:#[A-Za-z0-9_.~!$&'()*+,;=:@/?-]*)?");
    private static final Set<String> TEXT_TYPES = Set.of("json", "xml", "txt");

    private final Site site;
    private final SiteConfig config;
    private final String basePath;
    private final boolean publicBuild;
    private final SourceLocator sources;
    private final Set<String> aliases;
    /** The pages cxsite makes without Markdown: tag pages and search pages. */
    private final Set<String> generated = new HashSet<>();
    private final List<String> internalFolders;
    private final Map<String, RenderedPage> pages = new ConcurrentHashMap<>();
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final RenderedPage.Interner shared = new RenderedPage.Interner();
    private final List<Finding> mentions = Collections.synchronizedList(new ArrayList<>());

    private SiteCheck(Site site, Path siteDir) {
        this.site = site;
        this.config = site.config();
        this.basePath = config.basePath();
        this.publicBuild = config.audience() == AudienceScope.PUBLIC;
        this.sources = new SourceLocator(site, siteDir);
        this.aliases = site.aliases().stream().map(Alias::path).collect(Collectors.toUnmodifiableSet());
        List<String> folders = new ArrayList<>(DATA_FOLDERS);
        for (String home : homes()) {
            // A site may publish its reports on purpose: reports/_index.md with audience: public.
            boolean publicReports = site.section(home + REPORTS)
                    .map(s -> s.index().audience() == Audience.PUBLIC).orElse(false);
            if (!publicReports) {
                folders.add(home + REPORTS);
            }
        }
        this.internalFolders = List.copyOf(folders);
        generated.add("tags/index.html");
        site.tags().forEach(tag -> generated.add(tag.url() + "index.html"));
        homes().forEach(home -> generated.add(home + "search/index.html"));
    }

    /** A check of {@code site}'s output; {@code siteDir} holds the Markdown its problems point to. */
    public static SiteCheck of(Site site, Path siteDir) {
        return new SiteCheck(site, siteDir);
    }

    /** Takes one rendered file; safe to call from several threads. */
    @Override
    public void accept(OutputFile file) {
        String path = file.path();
        files.add(path);
        if (path.endsWith(".html")) {
            pages.put(path, RenderedPage.read(path, new String(file.bytes(), StandardCharsets.UTF_8), shared));
        } else if (publicBuild && TEXT_TYPES.contains(extension(path))) {
            mentions.addAll(internalUrls(path, new String(file.bytes(), StandardCharsets.UTF_8)));
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
            Target target = target(page.path(), ref.url());
            String problem = switch (target.kind()) {
                case EXTERNAL -> null;
                case MALFORMED -> "not a valid URL";
                case OUTSIDE_BASE -> "outside the site's base path " + basePath
                        + ", so it would not load where the site is published";
                case SITE -> problem(page, target);
            };
            if (problem != null) {
                int ordinal = (int) page.refs().stream().takeWhile(r -> r != ref)
                        .filter(r -> r.url().equals(ref.url())).count();
                findings.add(Finding.error(page, ref.line(), ref.column(), ref.html() + ": " + problem,
                        needles(page, page.written().get(ref.mark()), ref.url(), ordinal)));
            }
        }
    }

    /** What is wrong with a link to {@code target} of the site, or null. */
    private String problem(RenderedPage from, Target target) {
        if (publicBuild && isInternal(target.path())) {
            return "links to internal " + folderOf(target.path()) + " in a public build";
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
        return "no id '" + fragment + "' " + where + closest(fragment, page.ids()).map(id -> "; did you mean '#" + id
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

    private enum Kind { SITE, EXTERNAL, OUTSIDE_BASE, MALFORMED }

    /** A URL as the browser resolves it: a site path (decoded, no query) and its fragment (decoded, may be empty). */
    private record Target(Kind kind, String path, String fragment) {
        static Target of(Kind kind) {
            return new Target(kind, "", "");
        }
    }

    private Target target(String fromFile, String url) {
        if (url.startsWith(config.baseUrl())) {
            url = basePath + url.substring(config.baseUrl().length());
        }
        if (url.isEmpty()) {
            return new Target(Kind.SITE, fromFile, "");
        }
        if (SCHEME.matcher(url).find() || url.startsWith("//")) {
            return Target.of(Kind.EXTERNAL);
        }
        if (url.startsWith(basePath) && PLAIN.matcher(url).matches()) {
            // What the theme writes on every page, /docs/guides/#x: nothing to resolve or decode.
            int hash = url.indexOf('#');
            return hash < 0 ? new Target(Kind.SITE, url.substring(basePath.length()), "")
                    : new Target(Kind.SITE, url.substring(basePath.length(), hash), url.substring(hash + 1));
        }
        URI resolved;
        try {
            resolved = URI.create(encode(basePath + fromFile)).resolve(encode(url));
        } catch (IllegalArgumentException e) {
            return Target.of(Kind.MALFORMED);
        }
        String path = resolved.getPath() == null ? "" : resolved.getPath();
        String fragment = resolved.getFragment() == null ? "" : resolved.getFragment();
        if ((path + "/").equals(basePath)) {
            return new Target(Kind.SITE, "", fragment); // /docs for /docs/: hosts redirect to the folder
        }
        if (!path.startsWith(basePath)) {
            // java.net.URI keeps ../ that climb above the root; so does a browser's address, nearly
            return path.startsWith("/") || path.isEmpty() ? Target.of(Kind.OUTSIDE_BASE) : Target.of(Kind.MALFORMED);
        }
        return new Target(Kind.SITE, path.substring(basePath.length()), fragment);
    }

    /** Percent-encodes what {@link URI} refuses but browsers accept: spaces, non-ASCII letters, a stray %. */
    static String encode(String url) {
        StringBuilder out = new StringBuilder(url.length() + 16);
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= ' ' || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString().replaceAll("%(?![0-9A-Fa-f]{2})", "%25");
    }

    private static Optional<String> closest(String fragment, List<String> ids) {
        String best = null;
        int bestDistance = Math.max(2, fragment.length() / 4) + 1;
        for (String id : ids) {
            int d = distance(fragment.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                best = id;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, or {@code limit} as soon as it cannot be less. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return Math.min(prev[b.length()], limit);
    }

    /**
     * What to look for in the Markdown: the start tag as rendered (raw HTML passes through), the
     * destinations that render as {@code url}, the URL itself; the ordinal-th of each.
     */
    private List<Finding.Needle> needles(RenderedPage page, RenderedPage.Written tag, String url, int ordinal) {
        List<Finding.Needle> needles = new ArrayList<>();
        needles.add(needle(tag));
        // Markdown: [text](destination) and [label]: destination
        for (String destination : sources.writtenAs(page.path(), url)) {
            needles.add(new Finding.Needle("](" + destination, ordinal));
            needles.add(new Finding.Needle("]: " + destination, ordinal));
        }
        needles.add(new Finding.Needle(url, ordinal));
        return needles;
    }

    /** Where an image with a problem stands in the Markdown: worked out only for those, as it scans the page. */
    private List<Finding.Needle> needles(RenderedPage page, RenderedPage.Image image) {
        int ordinal = (int) page.images().stream().takeWhile(i -> i != image)
                .filter(i -> i.src().equals(image.src())).count();
        return needles(page, page.written().get(image.mark()), image.src(), ordinal);
    }

    private static Finding.Needle needle(RenderedPage.Written tag) {
        return new Finding.Needle(tag.tag(), tag.ordinal());
    }

    // 2. Images and graphics

    private void images(RenderedPage page, List<Finding> findings) {
        for (RenderedPage.Image image : page.images()) {
            if (image.alt().isEmpty()) {
                findings.add(Finding.error(page, image.line(), image.column(), image.html() + " has no alt text;"
                        + " say what the image shows in alt=\"…\", or write alt=\"\" if it is only decoration",
                        needles(page, image)));
            } else if (image.bareLink().isPresent()) {
                findings.add(Finding.warning(page, image.line(), image.column(), image.html() + " is all there is"
                        + " in the link to '" + image.bareLink().get() + "', so screen readers find no name for the"
                        + " link; say where it goes in the image's alt text", needles(page, image)));
            }
        }
        for (RenderedPage.Graphic graphic : page.graphics()) {
            if (!graphic.titled()) {
                findings.add(Finding.error(page, graphic.line(), graphic.column(), "<svg role=\"img\"> has no"
                        + " <title>; give it one, so that screen readers can say what it shows",
                        List.of(needle(page.written().get(graphic.mark())))));
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
                    "the page's <title> is empty", List.of(), true));
        }
        for (RenderedPage.Text heading : page.headings()) {
            if (heading.isBlank()) {
                findings.add(new Finding(page.path(), heading.line(), heading.column(), Severity.ERROR,
                        "<h1> is empty", List.of(needle(page.written().get(heading.mark()))), true));
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
                Target target = ref.navigation() ? target(page.path(), ref.url()) : Target.of(Kind.EXTERNAL);
                Optional<String> file = target.kind() == Kind.SITE ? file(target.path()) : Optional.empty();
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
                findings.add(Finding.ofPage(path, Severity.WARNING, "page " + basePath + url(path)
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

    // 5. Audience

    private boolean isInternal(String sitePath) {
        return internalFolders.stream().anyMatch(f -> sitePath.startsWith(f) || sitePath.equals(f.substring(0,
                f.length() - 1)));
    }

    private String folderOf(String sitePath) {
        return internalFolders.stream().filter(f -> sitePath.startsWith(f) || (sitePath + "/").equals(f)).findFirst()
                .orElse(sitePath);
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
            if (internalPage || unexplainedNoindex || html != null && page.isPresent() && isInternal(path)) {
                findings.add(Finding.ofPage(path, Severity.ERROR, "internal page " + basePath + url(path)
                        + " in a public build" + (internalPage ? " (audience: internal)"
                        : unexplainedNoindex ? " (it is marked noindex, as internal pages are)" : "")));
            } else if (isInternal(path)) {
                byFolder.computeIfAbsent(folderOf(path), f -> new ArrayList<>()).add(path);
            }
        }
        byFolder.forEach((folder, list) -> findings.add(new Finding(list.get(0), 1, 1, Severity.ERROR,
                "a public build must not contain " + folder + ", which is internal, but it has " + list.size()
                        + (list.size() == 1 ? " file" : " files") + " there", List.of(), false)));
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

    /** URLs of internal folders in a text file (search index, sitemap, feed). */
    private List<Finding> internalUrls(String path, String text) {
        List<Finding> found = new ArrayList<>();
        List<String> needles = new ArrayList<>();
        for (String folder : internalFolders) {
            needles.add(config.baseUrl() + folder);
            needles.add("\"" + basePath + folder);
        }
        int[] next = new int[needles.size()];
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        for (int at = nextOf(text, needles, next, 0); at >= 0; at = nextOf(text, needles, next, at + 1)) {
            for (; scanned < at; scanned++) {
                if (text.charAt(scanned) == '\n') {
                    line++;
                    lineStart = scanned + 1;
                }
            }
            int start = text.charAt(at) == '"' ? at + 1 : at;
            int end = start;
            while (end < text.length() && " \"'<>\n\t,".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            found.add(new Finding(path, line, at - lineStart + 1, Severity.ERROR, "internal URL "
                    + text.substring(start, end) + " in a public build", List.of(), false));
        }
        return found;
    }

    /** The first place from {@code from} where a needle is; {@code next} keeps each needle's place between calls. */
    private static int nextOf(String text, List<String> needles, int[] next, int from) {
        int first = -1;
        for (int i = 0; i < needles.size(); i++) {
            if (next[i] >= 0 && next[i] < from || from == 0) {
                next[i] = text.indexOf(needles.get(i), from);
            }
            if (next[i] >= 0 && (first < 0 || next[i] < first)) {
                first = next[i];
            }
        }
        return first;
    }

    // Reporting

    /**
     * Turns findings into problems. The same problem from the theme on many pages is one problem,
     * at its first page, that counts the others.
     */
    private void report(List<Finding> findings, Problems problems) {
        findings.sort(Finding.BY_POSITION);
        Map<String, List<Finding>> fromTheme = new LinkedHashMap<>();
        Map<String, SourceLocator.Location> where = new HashMap<>();
        for (Finding finding : findings) {
            SourceLocator.Location at = sources.locate(finding);
            if (at.inSource()) {
                problems.add(SourceLocator.problem(finding, at, ""));
            } else {
                String key = finding.severity() + " " + finding.message();
                fromTheme.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
                where.putIfAbsent(key, at);
            }
        }
        fromTheme.forEach((key, list) -> {
            long others = list.stream().map(Finding::file).distinct().count() - 1;
            problems.add(SourceLocator.problem(list.get(0), where.get(key), others == 0 ? ""
                    : "also on " + others + " other " + (others == 1 ? "page" : "pages")));
        });
    }

    /** The URL path of an output file: {@code guides/nps/} for {@code guides/nps/index.html}. */
    private static String url(String path) {
        return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

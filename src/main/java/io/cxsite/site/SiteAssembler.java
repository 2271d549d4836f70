package io.cxsite.site;

import io.cxsite.config.Audience;
import io.cxsite.config.SiteConfig;
import io.cxsite.content.Asset;
import io.cxsite.content.ContentSet;
import io.cxsite.content.FrontMatter;
import io.cxsite.content.LinkRef;
import io.cxsite.content.PageSource;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Metrics;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import java.util.regex.Pattern;
import org.commonmark.node.Document;

/** Joins the loaded content into a {@link Site}. */
public final class SiteAssembler {
    /** The top-level folder of executive reports, internal by default. */
    public static final String REPORTS = "reports";
    static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final SiteConfig config;
    private final Metrics metrics;
    private final boolean drafts;
    private final Problems problems;

    /** Sources by content path, for link resolution; includes pages left out of this build. */
    private final Map<String, PageSource> sourcesByPath = new HashMap<>();
    /** Why a source is not published in this build, by content path. */
    private final Map<String, String> leftOut = new HashMap<>();
    private final Map<String, Page> published = new HashMap<>();
    private final Set<String> assetPaths = new TreeSet<>();
    /** Every folder that holds a page (directly or below), each a section; "" is the home. */
    private final Set<String> folders = new TreeSet<>();
    private final Map<String, Audience> folderAudience = new HashMap<>();
    /** Who each file under content/ is for, from the pages that use it. */
    private FileAudience fileAudience;
    private final Comparator<Page> readingOrder;

    private SiteAssembler(SiteConfig config, Metrics metrics, boolean drafts, Problems problems) {
        this.config = config;
        this.metrics = metrics;
        this.drafts = drafts;
        this.problems = problems;
        this.readingOrder = readingOrder(config);
    }

    /**
     * Assembles the site. {@code config.audience()} decides whether internal pages are published;
     * {@code drafts} whether drafts are.
     */
    public static Site assemble(SiteConfig config, ContentSet content, Metrics metrics, boolean drafts,
            Problems problems) {
        return new SiteAssembler(config, metrics, drafts, problems).assemble(content);
    }

    private Site assemble(ContentSet content) {
        content.pages().forEach(p -> sourcesByPath.put(p.contentPath(), p));
        content.assets().forEach(a -> assetPaths.add(a.contentPath()));

        // Every folder that holds a page, and each of its ancestors, is a section.
        Map<String, PageSource> indexByFolder = new TreeMap<>();
        folders.add("");
        for (PageSource source : content.pages()) {
            if (source.isSectionIndex()) {
                indexByFolder.put(source.folder(), source);
            }
            for (String f = source.folder(); !f.isEmpty(); f = parentFolder(f)) {
                folders.add(f);
            }
        }

        // Audience cascades from a section's index to everything below it. Folders sort parents first.
        for (String folder : folders) {
            Audience inherited = folder.isEmpty() ? Audience.PUBLIC : folderAudience.get(parentFolder(folder));
            PageSource index = indexByFolder.get(folder);
            // Reports are internal unless their _index.md says otherwise.
            Audience fallback = folder.equals(REPORTS) ? Audience.INTERNAL : inherited;
            Audience own = index == null ? fallback : index.meta().audience().orElse(fallback);
            if (inherited == Audience.INTERNAL && own == Audience.PUBLIC) {
                problems.error(index.path(), index.meta().line(), 1, "section is marked public inside the internal"
                        + " section '" + parentFolder(folder) + "'; a public build would leave it unreachable");
                own = Audience.INTERNAL;
            }
            folderAudience.put(folder, own);
        }

        fileAudience = new FileAudience(assetPaths);
        // URLs and the publish decision for every page. A folder's URL is its section's, whether or not
        // it has an _index.md, so sections claim theirs before any page can.
        Map<String, String> claimedBy = new HashMap<>();
        for (String folder : folders) {
            PageSource index = indexByFolder.get(folder);
            claimedBy.put(folderUrl(folder), index != null ? index.path() : "the section content/" + folderUrl(folder));
        }
        List<PageSource> regular = new ArrayList<>();
        for (PageSource source : content.pages()) {
            Audience sectionAudience = folderAudience.get(source.folder());
            Audience audience = source.meta().audience().orElse(sectionAudience);
            if (!source.isSectionIndex() && sectionAudience == Audience.INTERNAL && audience == Audience.PUBLIC) {
                problems.error(source.path(), source.meta().line(), 1, "page is marked public inside the internal"
                        + " section '" + source.folder() + "'; move it to a public section or drop 'audience: public'");
                audience = Audience.INTERNAL;
            }
            uses(source, audience);
            String url = urlOf(source);
            String earlier = source.isSectionIndex() ? null : claimedBy.putIfAbsent(url, source.path());
            if (earlier != null) {
                boolean slug = source.meta().slug().isPresent();
                problems.error(source.path(), slug ? source.meta().slugAt().line() : 1,
                        slug ? source.meta().slugAt().column() : 1, "URL /" + url + " is already used by " + earlier
                        + (slug ? "; choose another 'slug:'" : "; rename the file or give it a 'slug:'"));
                continue;
            }
            if (source.meta().draft() && !drafts) {
                leftOut.put(source.contentPath(), "is a draft (build with --drafts to include it)");
            } else if (!config.audience().includes(audience)) {
                leftOut.put(source.contentPath(), "is internal and this is a public build");
            }
            if (leftOut.containsKey(source.contentPath()) && !source.isSectionIndex()) {
                continue;
            }
            Page page = new Page(source.path(), url, source.isSectionIndex() && !isLanguageRoot(source.folder())
                    ? parentUrl(url) : folderUrl(source.folder()), source.meta(), audience, languageOf(source),
                    source.document(), source.anchors(), Map.of(), List.of());
            published.put(source.contentPath(), page);
            if (!source.isSectionIndex()) {
                regular.add(source);
            }
        }

        // Links are resolved once every page has its URL.
        List<Page> pages = new ArrayList<>();
        for (PageSource source : regular) {
            Page page = withLinks(published.get(source.contentPath()), source);
            published.put(source.contentPath(), page);
            pages.add(page);
        }

        Map<String, Section> sections = sections(indexByFolder);
        pages.sort(Comparator.comparing(Page::url));
        return new Site(config, sections, List.copyOf(pages), tags(pages), aliases(content.pages(), claimedBy),
                content.assets().stream().filter(this::isPublished).toList(), fileAudience.internalOnly(), metrics,
                translations(pages, sections));
    }

    /**
     * The language of a page: the folder's under {@code content/<lang>/} for the site's other
     * languages; else its own {@code lang:}, else the site's.
     */
    private String languageOf(PageSource source) {
        String top = source.contentPath().contains("/")
                ? source.contentPath().substring(0, source.contentPath().indexOf('/')) : "";
        if (config.isSubLanguage(top)) {
            source.meta().lang().filter(lang -> !lang.equals(top)).ifPresent(lang -> problems.error(source.path(),
                    source.meta().line(), 1, "'lang: " + lang + "' in a page under content/" + top + "/, which holds"
                    + " the " + top + " pages; move the page or drop 'lang:'"));
            return top;
        }
        return source.meta().lang().orElse(config.language());
    }

    /** {@code content/sv/} and the like: the home of one of the site's other languages. */
    private boolean isLanguageRoot(String folder) {
        return config.isSubLanguage(folder);
    }

    /**
     * Every page and section that exists in more than one language, by URL, to its versions by
     * language. Versions pair by their path below the language folder, or by {@code translationKey}.
     */
    private Map<String, Map<String, String>> translations(List<Page> pages, Map<String, Section> sections) {
        Map<String, Map<String, String>> byKey = new TreeMap<>();
        // What the site publishes: its pages and the index of each section it keeps, each in URL order.
        List<Page> all = new ArrayList<>(pages);
        sections.values().forEach(s -> all.add(s.index()));
        for (Page page : all) {
            String path = page.sourcePath().startsWith("content/") ? page.sourcePath().substring(8) : page.sourcePath();
            if (!page.lang().equals(config.language()) && path.startsWith(page.lang() + "/")) {
                path = path.substring(page.lang().length() + 1);
            } else if (!page.lang().equals(config.language()) && path.equals(page.lang() + "/")) {
                path = "";
            }
            String key = page.meta().translationKey().orElse(path);
            String earlier = byKey.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(page.lang(), page.url());
            if (earlier != null && !earlier.equals(page.url())) {
                problems.warning(page.sourcePath(), page.meta().line(), 1, "two " + page.lang() + " pages are"
                        + " versions of '" + key + "' (also /" + earlier + "); give one a different translationKey");
            }
        }
        Map<String, Map<String, String>> byUrl = new TreeMap<>();
        for (Map<String, String> versions : byKey.values()) {
            if (versions.size() > 1) {
                versions.values().forEach(url -> byUrl.put(url, Map.copyOf(versions)));
            }
        }
        return java.util.Collections.unmodifiableMap(byUrl);
    }

    /**
     * Records the files {@code source} uses, in its Markdown and its flows, whether this build publishes
     * it or not. The flows are read here only for their links: their problems are reported where the
     * page is assembled, and not at all for a page this build leaves out.
     */
    private void uses(PageSource source, Audience audience) {
        source.links().forEach(ref -> fileAudience.use(source, audience, ref));
        FlowSpec.check(source, "", ref -> {
            fileAudience.use(source, audience, ref);
            return Optional.empty();
        }, new Problems());
    }

    /**
     * A file takes the audience of the pages that use it ({@link FileAudience}); one no page uses
     * keeps its folder's, so that a file inside an internal section stays out of a public build.
     */
    private boolean isPublished(Asset asset) {
        Optional<Audience> used = fileAudience.of(asset.contentPath());
        if (used.isPresent()) {
            return config.audience().includes(used.get());
        }
        String folder = parentFolder(asset.contentPath());
        while (!folderAudience.containsKey(folder)) {
            folder = parentFolder(folder);
        }
        return config.audience().includes(folderAudience.get(folder));
    }

    private Map<String, Section> sections(Map<String, PageSource> indexByFolder) {
        Map<String, Section> sections = new TreeMap<>();
        Map<String, List<Page>> pagesByFolder = new HashMap<>();
        for (Map.Entry<String, Page> e : published.entrySet()) {
            PageSource source = sourcesByPath.get(e.getKey());
            if (!source.isSectionIndex()) {
                pagesByFolder.computeIfAbsent(source.folder(), f -> new ArrayList<>()).add(e.getValue());
            }
        }
        // Children before parents, so that a parent knows which sub-sections survived.
        List<String> deepestFirst = new ArrayList<>(folders);
        deepestFirst.sort(Comparator.comparingInt((String f) -> f.isEmpty() ? 0 : f.split("/").length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        Map<String, List<Page>> childIndexes = new HashMap<>();
        for (String folder : deepestFirst) {
            String url = folderUrl(folder);
            PageSource indexSource = indexByFolder.get(folder);
            boolean out = indexSource == null
                    ? !config.audience().includes(folderAudience.get(folder))
                    : leftOut.containsKey(indexSource.contentPath());
            List<Page> own = pagesByFolder.getOrDefault(folder, List.of());
            List<Page> children = childIndexes.getOrDefault(url, List.of());
            // A folder whose pages are all left out disappears with them; an _index.md of its own keeps it.
            if (!folder.isEmpty() && (out || indexSource == null && own.isEmpty() && children.isEmpty())) {
                continue;
            }
            Page index = indexSource != null
                    ? withLinks(published.get(indexSource.contentPath()), indexSource)
                    : syntheticIndex(folder, url, folderAudience.get(folder));
            List<Page> ordered = new ArrayList<>(own);
            ordered.sort(readingOrder);
            List<Page> subs = new ArrayList<>(children);
            subs.sort(readingOrder);
            // A language's home is a root of its own, like the site's home.
            Optional<String> parent = folder.isEmpty() || isLanguageRoot(folder) ? Optional.empty()
                    : Optional.of(folderUrl(parentFolder(folder)));
            sections.put(url, new Section(url, index, List.copyOf(ordered), subs.stream().map(Page::url).toList(), parent));
            parent.ifPresent(p -> childIndexes.computeIfAbsent(p, k -> new ArrayList<>()).add(index));
        }
        return java.util.Collections.unmodifiableMap(sections);
    }

    private Page syntheticIndex(String folder, String url, Audience audience) {
        String name = folder.isEmpty() ? config.title() : folder.substring(folder.lastIndexOf('/') + 1);
        String title = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' ');
        FrontMatter meta = new FrontMatter(title, "", Optional.empty(), false, 0, List.of(), List.of(),
                Optional.of(audience), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), 1);
        return new Page("content/" + folder + (folder.isEmpty() ? "" : "/"), url, folder.isEmpty() ? "" : parentUrl(url),
                meta, audience, config.language(), new Document(), List.of(), Map.of(), List.of());
    }

    private Page withLinks(Page page, PageSource source) {
        Map<String, String> links = new LinkedHashMap<>();
        for (LinkRef ref : source.links()) {
            resolve(source, ref).ifPresent(target -> links.put(ref.destination(), target));
        }
        return new Page(page.sourcePath(), page.url(), page.sectionUrl(), page.meta(), page.audience(), page.lang(),
                page.document(), page.anchors(), Map.copyOf(links), ReportSpec.check(source.path(), source.blocks(),
                        page.audience() == Audience.INTERNAL, metrics, problems),
                FlowSpec.check(source, page.url(), ref -> resolve(source, ref), problems));
    }

    /** The site-relative target of a link, or empty for external links and for misses (which become problems). */
    private Optional<String> resolve(PageSource from, LinkRef ref) {
        String destination = ref.destination();
        if (destination.isEmpty() || SCHEME.matcher(destination).find() || destination.startsWith("//")) {
            return Optional.empty();
        }
        int hash = destination.indexOf('#');
        String fragment = hash < 0 ? "" : destination.substring(hash + 1);
        String pathPart = hash < 0 ? destination : destination.substring(0, hash);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        String path = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);

        if (path.isEmpty()) {
            if (!fragment.isEmpty() && !from.anchors().contains(fragment)) {
                missingAnchor(from, ref, fragment, from);
                return Optional.empty();
            }
            return Optional.empty();
        }
        if (path.startsWith("/")) {
            return resolveSitePath(from, ref, path, fragment);
        }
        Optional<String> target = normalize(from.folder(), path);
        if (target.isEmpty()) {
            problems.error(from.path(), ref.line(), ref.column(),
                    "link '" + destination + "' points outside content/; link to a page or file inside it");
            return Optional.empty();
        }
        String contentPath = target.get();
        if (contentPath.endsWith(".md")) {
            return resolvePage(from, ref, contentPath, fragment);
        }
        if (assetPaths.contains(contentPath)) {
            return Optional.of(contentPath);
        }
        String folder = contentPath.endsWith("/") ? contentPath.substring(0, contentPath.length() - 1) : contentPath;
        String index = folder.isEmpty() ? "_index.md" : folder + "/_index.md";
        if (sourcesByPath.containsKey(index)) {
            return resolvePage(from, ref, index, fragment);
        }
        if (folders.contains(folder)) {
            return resolveBareSection(from, ref, folder, fragment);
        }
        problems.error(from.path(), ref.line(), ref.column(), (ref.image() ? "image '" : "link '") + destination
                + "' points to content/" + contentPath + ", which does not exist");
        return Optional.empty();
    }

    private Optional<String> resolvePage(PageSource from, LinkRef ref, String contentPath, String fragment) {
        PageSource target = sourcesByPath.get(contentPath);
        if (target == null) {
            problems.error(from.path(), ref.line(), ref.column(), "link '" + ref.destination()
                    + "' points to content/" + contentPath + ", which does not exist");
            return Optional.empty();
        }
        if (ref.image()) {
            problems.error(from.path(), ref.line(), ref.column(), "image '" + ref.destination()
                    + "' points to a Markdown page; images need an image file");
            return Optional.empty();
        }
        String why = leftOut.get(contentPath);
        if (why != null && !leftOut.containsKey(from.contentPath())) {
            problems.error(from.path(), ref.line(), ref.column(), "link '" + ref.destination() + "' points to "
                    + target.path() + ", which " + why + "; remove the link or publish the page");
            return Optional.empty();
        }
        if (!fragment.isEmpty() && !target.anchors().contains(fragment)) {
            missingAnchor(from, ref, fragment, target);
            return Optional.empty();
        }
        Page page = published.get(contentPath);
        String url = page != null ? page.url() : urlOf(target);
        return Optional.of(fragment.isEmpty() ? url : url + "#" + fragment);
    }

    /** A link to a folder that is a section but has no _index.md: its generated list page. */
    private Optional<String> resolveBareSection(PageSource from, LinkRef ref, String folder, String fragment) {
        if (!config.audience().includes(folderAudience.get(folder))) {
            problems.error(from.path(), ref.line(), ref.column(), "link '" + ref.destination() + "' points to content/"
                    + folder + "/, which is internal and this is a public build; remove the link or publish the page");
            return Optional.empty();
        }
        if (!fragment.isEmpty()) {
            problems.error(from.path(), ref.line(), ref.column(), "link '" + ref.destination() + "': content/"
                    + folder + "/ has no _index.md, so its page has no headings to link to");
            return Optional.empty();
        }
        return Optional.of(folderUrl(folder));
    }

    private Optional<String> resolveSitePath(PageSource from, LinkRef ref, String path, String fragment) {
        String relative = path.substring(1);
        for (Page page : published.values()) {
            String url = page.url();
            boolean same = relative.equals(url) || relative.equals(url + "index.html") || (relative + "/").equals(url);
            if (same && !leftOut.containsKey(page.sourcePath().substring("content/".length()))) {
                if (!fragment.isEmpty() && !page.anchors().contains(fragment)) {
                    PageSource target = sourcesByPath.get(page.sourcePath().substring("content/".length()));
                    missingAnchor(from, ref, fragment, target);
                    return Optional.empty();
                }
                return Optional.of(fragment.isEmpty() ? url : url + "#" + fragment);
            }
        }
        if (assetPaths.contains(relative)) {
            return Optional.of(relative);
        }
        if (relative.isEmpty() || relative.startsWith("tags/")) {
            return Optional.of(relative + (fragment.isEmpty() ? "" : "#" + fragment));
        }
        problems.error(from.path(), ref.line(), ref.column(), "link '" + ref.destination()
                + "' matches no page or file of the site; link to the .md file instead, e.g. ../help/contact.md");
        return Optional.empty();
    }

    private void missingAnchor(PageSource from, LinkRef ref, String fragment, PageSource target) {
        List<String> known = target.anchors();
        String hint = known.isEmpty() ? "it has no headings"
                : "its headings are #" + String.join(", #", known.subList(0, Math.min(8, known.size())))
                        + (known.size() > 8 ? ", ..." : "");
        problems.error(from.path(), ref.line(), ref.column(), "link '" + ref.destination() + "': no heading '#"
                + fragment + "' in " + target.path() + "; " + hint);
    }

    private List<Tag> tags(List<Page> pages) {
        Map<String, List<Page>> bySlug = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> slugs = new HashMap<>(); // pages share most of their tags
        for (Page page : pages) {
            Set<String> seen = new HashSet<>();
            for (String tag : page.meta().tags()) {
                String slug = slugs.computeIfAbsent(tag, Page::urlSegment);
                if (slug.isEmpty()) {
                    problems.error(page.sourcePath(), page.meta().line(), 1,
                            "tag '" + tag + "' has no letters or digits to make a URL from");
                    continue;
                }
                if (seen.add(slug)) {
                    bySlug.computeIfAbsent(slug, s -> new ArrayList<>()).add(page);
                }
                names.merge(slug, tag, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<Tag> tags = new ArrayList<>();
        bySlug.forEach((slug, list) -> {
            list.sort(readingOrder);
            tags.add(new Tag(names.get(slug), "tags/" + slug + "/", List.copyOf(list)));
        });
        return List.copyOf(tags);
    }

    private List<Alias> aliases(List<PageSource> sources, Map<String, String> claimedBy) {
        List<Alias> aliases = new ArrayList<>();
        Map<String, String> aliasOwner = new HashMap<>();
        for (PageSource source : sources) {
            Page page = published.get(source.contentPath());
            if (page == null || leftOut.containsKey(source.contentPath())) {
                continue;
            }
            for (int i = 0; i < source.meta().aliases().size(); i++) {
                String alias = source.meta().aliases().get(i);
                var at = source.meta().aliasAt(i);
                String relative = alias.substring(1);
                String file = relative.endsWith(".html") ? relative
                        : relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative + "/index.html";
                String asUrl = file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
                String owner = claimedBy.get(asUrl);
                String previous = aliasOwner.putIfAbsent(file, source.path());
                if (owner != null || previous != null) {
                    problems.error(source.path(), at.line(), at.column(), "alias '" + alias + "' is already used by "
                            + (owner != null ? owner : previous) + "; remove one of them");
                    continue;
                }
                aliases.add(new Alias(file, page.url(), source.path(), at.line(), at.column()));
            }
        }
        aliases.sort(Comparator.comparing(Alias::path));
        return List.copyOf(aliases);
    }

    /**
     * Weight first (unweighted last), then newest date, then title in the site's language, then URL.
     * Each title's collation key is made once and kept: sorting the tag and section lists of a big
     * site compares titles hundreds of thousands of times, and keys compare as the collator does.
     */
    private static Comparator<Page> readingOrder(SiteConfig config) {
        Collator collator = Collator.getInstance(config.locale());
        Map<String, CollationKey> keys = new HashMap<>();
        return Comparator.<Page>comparingInt(p -> p.meta().weight() == 0 ? Integer.MAX_VALUE : p.meta().weight())
                .thenComparing(p -> p.meta().date().orElse(LocalDate.MIN), Comparator.reverseOrder())
                .thenComparing(p -> keys.computeIfAbsent(p.title(), collator::getCollationKey))
                .thenComparing(Page::url);
    }

    static String urlOf(PageSource source) {
        if (source.isSectionIndex()) {
            return folderUrl(source.folder());
        }
        String file = source.contentPath().substring(source.contentPath().lastIndexOf('/') + 1);
        String name = source.meta().slug().orElse(file.substring(0, file.length() - ".md".length()));
        return folderUrl(source.folder()) + name + "/";
    }

    private static String folderUrl(String folder) {
        return folder.isEmpty() ? "" : folder + "/";
    }

    private static String parentFolder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String parentUrl(String url) {
        if (url.isEmpty()) {
            return "";
        }
        return folderUrl(parentFolder(url.substring(0, url.length() - 1)));
    }

    /** Resolves {@code path} against {@code folder}; empty when it climbs out of content/. */
    static Optional<String> normalize(String folder, String path) {
        List<String> parts = new ArrayList<>();
        if (!folder.isEmpty()) {
            parts.addAll(List.of(folder.split("/")));
        }
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else if (!segment.equals(".") && !(segment.isEmpty() && i < segments.length - 1)) {
                parts.add(segment);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}

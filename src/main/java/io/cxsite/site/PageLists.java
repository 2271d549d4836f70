package io.cxsite.site;

import io.cxsite.content.PageSource;
import io.cxsite.diagnostics.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The lists that cut across the published pages: tags, aliases and translations, each clash a problem. */
final class PageLists {
    private final String siteLanguage;
    private final List<String> languages;
    private final Problems problems;

    PageLists(String siteLanguage, List<String> languages, Problems problems) {
        this.siteLanguage = siteLanguage;
        this.languages = languages;
        this.problems = problems;
    }

    /**
     * The longest tag folder name: the most bytes a file or folder name may have on ext4, APFS or
     * NTFS (a URL segment is ASCII, so its chars are its bytes).
     */
    static final int TAG_NAME_LIMIT = 255;

    /**
     * Each tag with its pages in reading order, by URL slug; the name kept is the first in sort order.
     * Each language has its own tags: a page under {@code sv/} gets {@code sv/tags/<slug>/}.
     */
    List<Tag> tags(List<Page> pages, Comparator<Page> readingOrder) {
        Map<String, List<Page>> byUrl = new TreeMap<>();
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
                if (slug.length() > TAG_NAME_LIMIT) {
                    problems.error(page.sourcePath(), page.meta().line(), 1, "tag '" + tag.substring(0, 40)
                            + "…' makes a folder name of " + slug.length() + " characters, and a file system holds at"
                            + " most " + TAG_NAME_LIMIT + "; shorten the tag");
                    continue;
                }
                String url = languageHome(page) + "tags/" + slug + "/";
                if (seen.add(url)) {
                    byUrl.computeIfAbsent(url, s -> new ArrayList<>()).add(page);
                }
                names.merge(url, tag, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<Tag> tags = new ArrayList<>();
        byUrl.forEach((url, list) -> {
            list.sort(readingOrder);
            tags.add(new Tag(names.get(url), url, List.copyOf(list)));
        });
        return List.copyOf(tags);
    }

    /** The language folder the page's URL lies in ({@code sv/}), or "" for the site language's pages. */
    private String languageHome(Page page) {
        int slash = page.url().indexOf('/');
        String first = slash < 0 ? "" : page.url().substring(0, slash);
        return !first.equals(siteLanguage) && languages.contains(first) ? first + "/" : "";
    }

    /**
     * The redirects of the published pages, by output path; an alias that a page, a section or an
     * earlier alias already claims is a problem at the alias.
     */
    List<Alias> aliases(List<PageSource> sources, Map<String, Page> published, Map<String, String> leftOut,
            Map<String, String> claimedBy) {
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
                String file = aliasFile(alias.substring(1));
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

    /** The output file of an alias written without its leading slash: a folder gets its index.html. */
    private static String aliasFile(String relative) {
        if (relative.endsWith(".html")) {
            return relative;
        }
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative + "/index.html";
    }

    /**
     * Every page and section that exists in more than one language, by URL, to its versions by
     * language. Versions pair by their path below the language folder, or by {@code translationKey}.
     */
    Map<String, Map<String, String>> translations(List<Page> pages, Map<String, Section> sections) {
        Map<String, Map<String, String>> byKey = new TreeMap<>();
        // What the site publishes: its pages and the index of each section it keeps, each in URL order.
        List<Page> all = new ArrayList<>(pages);
        sections.values().forEach(s -> all.add(s.index()));
        for (Page page : all) {
            String key = page.meta().translationKey().orElse(pathBelowLanguage(page));
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
        return Collections.unmodifiableMap(byUrl);
    }

    /** The page's path under content/, and for another language's page its path below that language's folder. */
    private String pathBelowLanguage(Page page) {
        String path = page.sourcePath().startsWith("content/") ? page.sourcePath().substring(8) : page.sourcePath();
        if (!page.lang().equals(siteLanguage) && path.startsWith(page.lang() + "/")) {
            return path.substring(page.lang().length() + 1);
        } else if (!page.lang().equals(siteLanguage) && path.equals(page.lang() + "/")) {
            return "";
        }
        return path;
    }
}

package io.cxsite.render;

import io.cxsite.content.Markdown;
import io.cxsite.site.Page;
import io.cxsite.site.Section;
import io.cxsite.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;

/**
 * The browser's search indexes: {@code search/<lang>/} for each language the site's pages are
 * in (the primary subtag: {@code nb-NO} pages go into {@code nb/}), and always one for the
 * site's own language ({@link SearchIndexFiles}). The pages are those of {@code search-index.json}:
 * every published page and section, so a public build holds no internal page here either. Pages
 * in a language's {@code help/} and {@code changes/} folders (not their section pages) are customer
 * help: the help centre's search box looks only at them.
 */
final class SearchFiles {
    static final String FOLDER = "search/";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,8}");

    private SearchFiles() {
    }

    /** {@code pages} sorted by URL and {@code texts} their plain-text bodies, as search-index.json has them. */
    static List<OutputFile> of(Site site, List<Page> pages, List<String> texts, BooleanSupplier stop) {
        String base = site.config().basePath();
        String siteLanguage = language(site.config().language(), "en");
        Map<String, List<SearchIndex.Entry>> byLanguage = new TreeMap<>();
        byLanguage.put(siteLanguage, new ArrayList<>());
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            byLanguage.computeIfAbsent(language(page.lang(), siteLanguage), k -> new ArrayList<>())
                    .add(new SearchIndex.Entry(page.title(), base + page.url(), sectionTitle(site, page),
                            page.meta().tags(), page.meta().description(), headings(page), texts.get(i),
                            isCustomerHelp(site, page)));
        }
        List<OutputFile> files = new ArrayList<>();
        byLanguage.forEach((lang, entries) -> files.addAll(SearchIndexFiles.of(SearchIndex.of(lang, entries, stop),
                SearchSynonyms.of(site.config(), lang))));
        return files;
    }

    /** The manifest of a language's index, which names every other file of it. */
    static String path(String lang) {
        return FOLDER + lang + "/" + SearchIndexFiles.MANIFEST;
    }

    /**
     * True for the articles in the help/ or changes/ folder of their language ("you said, we
     * did"); not for the sections' own pages, which list articles rather than answer a question.
     */
    static boolean isCustomerHelp(Site site, Page page) {
        if (site.section(page.url()).filter(s -> s.index() == page).isPresent()) {
            return false;
        }
        String sub = site.config().isSubLanguage(page.lang()) ? page.lang() + "/" : "";
        return page.url().startsWith(sub + HelpCentre.HELP + "/") || page.url().startsWith(sub + HelpCentre.CHANGES + "/");
    }

    /** The primary language subtag in lower case, or {@code fallback} when the tag has none usable as a file name. */
    static String language(String tag, String fallback) {
        String primary = tag.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return LANGUAGE.matcher(primary).matches() ? primary : fallback;
    }

    /**
     * The title of the top section the page is in, below the home of its language ({@code Help} for
     * {@code help/billing/x/}, {@code Hjälp} for {@code sv/hjalp/x/}); empty for a home page.
     */
    static String sectionTitle(Site site, Page page) {
        Optional<Section> section = site.section(page.url()).filter(s -> s.index() == page)
                .or(() -> site.section(page.sectionUrl()));
        while (section.isPresent()) {
            Optional<Section> parent = section.get().parent().flatMap(site::section);
            if (parent.isEmpty()) {
                return "";
            }
            if (parent.get().parent().isEmpty()) {
                return section.get().title();
            }
            section = parent;
        }
        return "";
    }

    /** The text of every heading of the page's body, in order. */
    static List<String> headings(Page page) {
        List<String> headings = new ArrayList<>();
        page.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(Markdown.textOf(heading));
            }
        });
        return headings;
    }
}

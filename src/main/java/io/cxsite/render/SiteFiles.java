package io.cxsite.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.cxsite.site.Page;
import io.cxsite.site.Section;
import io.cxsite.site.Site;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/** The machine-readable files of a site: sitemap.xml, robots.txt, feed.xml and search-index.json. */
final class SiteFiles {
    static final String SITEMAP = "sitemap.xml";
    static final String FEED = "feed.xml";
    static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
    static final String ROBOTS = "robots.txt";
    static final String SEARCH_INDEX = "search-index.json";
    /** DESIGN.md: the feed carries reports and guides; and "you said, we did", the customers' news. */
    static final Set<String> FEED_SECTIONS = Set.of("guides/", "reports/", "changes/");
    static final int FEED_ENTRIES = 50;
    /** How many pages go by between two looks at whether to stop. */
    static final int STOP_EVERY = 512;

    private SiteFiles() {
    }

    /**
     * Makes the sitemap, robots.txt, feed and search indexes. {@code stop} is asked between steps
     * and every {@link #STOP_EVERY} pages; when it says so, making stops with a {@link CancellationException}.
     */
    static void write(Site site, Function<Page, String> plainText, Consumer<OutputFile> out, BooleanSupplier stop) {
        out.accept(OutputFile.text(SITEMAP, "application/xml", sitemap(site)));
        out.accept(OutputFile.text(ROBOTS, "text/plain",
                "User-agent: *\nAllow: /\nSitemap: " + site.config().baseUrl() + SITEMAP + "\n"));
        site.languageHomes().forEach((home, lang) ->
                out.accept(OutputFile.text(home + FEED, "application/atom+xml", feed(site, home, lang))));
        stopIf(stop);
        List<Page> searchPages = searchPages(site);
        List<String> texts = searchPages.parallelStream().map(plainText).toList();
        stopIf(stop);
        out.accept(new OutputFile(SEARCH_INDEX, "application/json", searchIndex(site, searchPages, texts, stop)));
        // The browser's compact index per language: search/<lang>.json (SearchIndex).
        SearchFiles.of(site, searchPages, texts, stop).forEach(out);
    }

    static void stopIf(BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new CancellationException("the sitemap, feed and search indexes are no longer wanted");
        }
    }

    /** Every section and page, by URL, with its date where it has one. */
    static String sitemap(Site site) {
        List<Page> all = new ArrayList<>(site.pages());
        site.sections().values().forEach(s -> all.add(s.index()));
        all.sort(Comparator.comparing(Page::url));
        return XmlWriter.document(xml -> {
            xml.open("urlset", "xmlns", SITEMAP_NAMESPACE);
            for (Page page : all) {
                xml.line("  ").open("url").element("loc", site.config().baseUrl() + page.url());
                page.meta().date().ifPresent(d -> xml.element("lastmod", d.toString()));
                xml.close();
            }
            xml.line("").close().line("");
        });
    }

    /** The feed of {@code lang}: feed.xml beside the language's home. */
    static String feedPath(Site site, String lang) {
        return site.home(lang).url() + FEED;
    }

    /** Atom feed of the dated guides, reports and changes under {@code home}, newest first; no clock. */
    static String feed(Site site, String home, String lang) {
        String baseUrl = site.config().baseUrl();
        String title = site.config().texts().title(lang);
        List<Page> entries = site.pages().stream()
                .filter(p -> p.meta().date().isPresent() && p.generatedPeriod().isEmpty())
                .filter(p -> FEED_SECTIONS.stream().anyMatch(s -> p.url().startsWith(home + s)))
                .sorted(Comparator.comparing((Page p) -> p.meta().date().get()).reversed().thenComparing(Page::url))
                .limit(FEED_ENTRIES)
                .toList();
        String updated = entries.isEmpty() ? "1970-01-01T00:00:00Z" : timestamp(entries.get(0).meta().date().get());
        return XmlWriter.document(xml -> {
            xml.open("feed", "xmlns", ATOM_NAMESPACE, "xml:lang", lang)
                    .line("  ").element("title", title)
                    .line("  ").element("id", baseUrl + home)
                    .line("  ").empty("link", "rel", "alternate", "href", baseUrl + home)
                    .line("  ").empty("link", "rel", "self", "href", baseUrl + home + FEED)
                    .line("  ").element("updated", updated);
            entries.forEach(page -> entry(xml, site, page, title));
            xml.line("").close().line("");
        });
    }

    private static void entry(XmlWriter xml, Site site, Page page, String author) {
        String url = site.config().baseUrl() + page.url();
        xml.line("  ").open("entry")
                .line("    ").element("title", page.title())
                .line("    ").element("id", url)
                .line("    ").empty("link", "rel", "alternate", "href", url)
                .line("    ").element("updated", timestamp(page.meta().date().get()))
                .line("    ").open("author").element("name", author).close();
        if (!page.meta().description().isEmpty()) {
            xml.line("    ").element("summary", page.meta().description());
        }
        xml.line("  ").close();
    }

    /** One entry per page: title, url, section, tags and the body as plain text. */
    static byte[] searchIndex(Site site, List<Page> pages, List<String> texts, BooleanSupplier stop) {
        // Sized for the bodies it holds (most of it) and some room per page, so that megabytes of
        // text are not copied again at each doubling of the buffer.
        long room = texts.stream().mapToLong(String::length).sum() + 512L * pages.size() + 64 * 1024;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(room, 1 << 28));
        String base = site.config().basePath();
        try (JsonGenerator json = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            json.writeStartArray();
            for (int i = 0; i < pages.size(); i++) {
                if (i % STOP_EVERY == STOP_EVERY - 1) {
                    stopIf(stop);
                }
                Page page = pages.get(i);
                json.writeStartObject();
                json.writeStringField("title", page.title());
                json.writeStringField("url", base + page.url());
                json.writeStringField("section", topSectionTitle(site, page));
                json.writeArrayFieldStart("tags");
                for (String tag : page.meta().tags()) {
                    json.writeString(tag);
                }
                json.writeEndArray();
                json.writeStringField("body", texts.get(i));
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /** Every page and section but the home page, by URL: what the search indexes hold. */
    static List<Page> searchPages(Site site) {
        List<Page> pages = new ArrayList<>(site.pages());
        site.sections().values().stream().map(Section::index)
                .filter(p -> !p.url().isEmpty()).forEach(pages::add);
        pages.sort(Comparator.comparing(Page::url));
        return pages;
    }

    private static String topSectionTitle(Site site, Page page) {
        int slash = page.url().indexOf('/');
        if (slash < 0) {
            return "";
        }
        return site.section(page.url().substring(0, slash + 1)).map(Section::title).orElse("");
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}

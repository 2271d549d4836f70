package io.cxsite.site;

import io.cxsite.config.Audience;
import io.cxsite.content.FrontMatter;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/**
 * A page as it will be published.
 *
 * @param sourcePath   the Markdown file relative to the site root ({@code content/guides/} for a
 *                     section without an {@code _index.md})
 * @param url          site-relative URL: {@code guides/nps/}, {@code ""} for the home page
 * @param sectionUrl   URL of the section the page lists under; for a section's own index page, the parent
 * @param links        each link destination of the body, as written, to its site-relative target
 *                     ({@code help/login/#step-2}); external links are absent
 * @param anchors      heading ids in document order
 * @param reports      the checked {@code cx-kpi} and {@code cx-chart} blocks, in document order
 * @param flows        the checked {@code cx-troubleshoot} blocks, in document order
 */
public record Page(
        String sourcePath,
        String url,
        String sectionUrl,
        FrontMatter meta,
        Audience audience,
        String lang,
        Node document,
        List<String> anchors,
        Map<String, String> links,
        List<ReportSpec> reports,
        List<FlowSpec> flows) {

    /** A page without troubleshooting flows. */
    public Page(String sourcePath, String url, String sectionUrl, FrontMatter meta, Audience audience, String lang,
            Node document, List<String> anchors, Map<String, String> links, List<ReportSpec> reports) {
        this(sourcePath, url, sectionUrl, meta, audience, lang, document, anchors, links, reports, List.of());
    }

    /**
     * The period of a page cxsite generated for one ({@code reports/periods/2026-10/}), else empty:
     * such pages list only among their own kind and stay out of "Recent pages" and the feed.
     */
    public java.util.Optional<io.cxsite.metrics.Period> generatedPeriod() {
        String content = io.cxsite.content.ContentLoader.CONTENT + "/";
        return sourcePath.startsWith(content) ? io.cxsite.content.PeriodPages.periodOf(sourcePath.substring(content.length()))
                : java.util.Optional.empty();
    }

    public String title() {
        return meta.title();
    }

    /**
     * A URL segment made from free text (tags, titles of new pages): diacritics folded
     * ({@code ö} to {@code o}, {@code ø} to {@code o}, {@code æ} to {@code ae}), lower case, every run
     * of other characters one {@code -}.
     */
    public static String urlSegment(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace("ø", "o").replace("Ø", "o").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss");
        String dashed = OTHER.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        return EDGE_DASH.matcher(dashed).replaceAll("");
    }

    // Compiled once: a big site makes a segment of every tag of every page.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASH = Pattern.compile("^-|-$");
}

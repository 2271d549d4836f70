package io.cxsite.check;

import io.cxsite.content.LinkRef;
import io.cxsite.content.PageSource;
import io.cxsite.content.RawHtml;
import io.cxsite.site.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * Where in its Markdown each mark of a rendered page was written, from the model alone: the
 * position of each link and image (its {@link LinkRef}) and of each raw HTML tag or block
 * ({@link RawHtml}, read with jsoup for the elements in it), captured when the page was loaded.
 * The page's marks and the Markdown's are paired by key in order ({@link Alignment}), starting
 * after the theme's {@code <h1>} of the page title, which comes before the body in any theme.
 * A mark with no partner came from the theme or a generated block.
 */
final class SourceMap {
    /** A mark as written in the Markdown. */
    record Origin(String key, int line, int column) {
    }

    private static final Comparator<Origin> BY_POSITION = Comparator.comparingInt(Origin::line)
            .thenComparingInt(Origin::column);

    private final List<Origin> origins;
    private final int[] paired;
    private final int firstBodyMark;

    private SourceMap(List<Origin> origins, int[] paired, int firstBodyMark) {
        this.origins = origins;
        this.paired = paired;
        this.firstBodyMark = firstBodyMark;
    }

    /** The map of {@code rendered}, the output of {@code page}, made from {@code source}. */
    static SourceMap of(RenderedPage rendered, Page page, PageSource source, String basePath) {
        List<Origin> origins = origins(page, source, basePath);
        int first = firstBodyMark(rendered, page.title());
        List<String> marks = rendered.marks().subList(first, rendered.marks().size());
        return new SourceMap(origins, Alignment.align(marks, origins.stream().map(Origin::key).toList()), first);
    }

    /** Where the rendered page's mark number {@code mark} was written, if in the Markdown. */
    Optional<Origin> origin(int mark) {
        if (mark < firstBodyMark || paired[mark - firstBodyMark] < 0) {
            return Optional.empty();
        }
        return Optional.of(origins.get(paired[mark - firstBodyMark]));
    }

    /** The marks of the Markdown, in the order they are written. */
    static List<Origin> origins(Page page, PageSource source, String basePath) {
        List<Origin> origins = new ArrayList<>();
        for (LinkRef ref : source.links()) {
            // as HtmlBody renders it: the resolved site URL, or the destination as written
            String target = page.links().get(ref.destination());
            String url = target == null ? ref.destination() : basePath + target;
            String key = ref.image() ? RenderedPage.key("img", url, "") : RenderedPage.key("a", url);
            origins.add(new Origin(key, ref.line(), ref.column()));
        }
        for (RawHtml html : source.html()) {
            for (Element element : RenderedPage.parse(html.html()).getAllElements()) {
                if (RenderedPage.isMark(element)) {
                    Range.Position at = element.sourceRange().start();
                    int line = html.line() + at.lineNumber() - 1;
                    int column = html.column() + at.columnNumber() - 1;
                    origins.add(new Origin(RenderedPage.key(element), line, column));
                }
            }
        }
        origins.sort(BY_POSITION);
        return origins;
    }

    /** The mark after the page title's {@code <h1>}; 0 when the theme shows the title in none. */
    private static int firstBodyMark(RenderedPage rendered, String title) {
        String wanted = words(title);
        for (RenderedPage.Text heading : rendered.headings()) {
            if (words(heading.text()).equals(wanted)) {
                return heading.mark() + 1;
            }
        }
        return 0;
    }

    private static String words(String text) {
        return text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }
}

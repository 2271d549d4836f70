package io.cxsite.check;

import static io.cxsite.check.AccessibleName.alt;
import static io.cxsite.check.AccessibleName.bareLink;
import static io.cxsite.check.AccessibleName.name;
import static io.cxsite.check.AccessibleName.titled;
import static io.cxsite.check.RenderedPage.URL_ATTRIBUTES;
import static io.cxsite.check.RenderedPage.isGraphic;
import static io.cxsite.check.RenderedPage.isMark;
import static io.cxsite.check.RenderedPage.isRefresh;
import static io.cxsite.check.RenderedPage.key;

import io.cxsite.check.RenderedPage.Graphic;
import io.cxsite.check.RenderedPage.Image;
import io.cxsite.check.RenderedPage.Ref;
import io.cxsite.check.RenderedPage.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/** Reads what the check needs of one parsed page, in one walk over it in document order. */
final class PageReader {
    private final String path;
    private final Interner interner;
    private Text title;
    private final List<Text> headings = new ArrayList<>();
    private final Set<String> ids = new TreeSet<>();
    private final List<Ref> refs = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<Graphic> graphics = new ArrayList<>();
    private final List<String> marks = new ArrayList<>();
    private boolean noindex;

    PageReader(String path, Interner interner) {
        this.path = path;
        this.interner = interner;
    }

    RenderedPage read(Document document) {
        for (Element element : document.getAllElements()) {
            element(element);
        }
        return new RenderedPage(path, Optional.ofNullable(title), List.copyOf(headings), List.copyOf(ids),
                List.copyOf(refs), List.copyOf(images), List.copyOf(graphics), noindex, List.copyOf(marks));
    }

    private void element(Element element) {
        String name = element.normalName();
        String id = element.id();
        if (!id.isEmpty()) {
            ids.add(id);
        }
        if (name.equals("a") && !element.attr("name").isEmpty()) {
            ids.add(element.attr("name"));
        }
        int mark = -1;
        if (isMark(element)) {
            mark = marks.size();
            marks.add(interner.of(key(element)));
        }
        Range.Position at = element.sourceRange().start();
        switch (name) {
            case "meta" -> meta(element, mark);
            case "img" -> images.add(new Image(interner.of(element.attr("src")), alt(element), at.lineNumber(),
                    at.columnNumber(), bareLink(element), mark));
            case "h1" -> headings.add(new Text(name(element).strip(), at.lineNumber(), at.columnNumber(), mark));
            case "title" -> {
                if (title == null && !element.tag().namespace().equals(Parser.NamespaceSvg)) {
                    title = new Text(element.text(), at.lineNumber(), at.columnNumber(), mark);
                }
            }
            default -> {
                if (isGraphic(element)) {
                    graphics.add(new Graphic(at.lineNumber(), at.columnNumber(), titled(element), mark));
                }
            }
        }
        urls(element, mark);
    }

    private void urls(Element element, int mark) {
        String name = element.normalName();
        for (String spec : URL_ATTRIBUTES.getOrDefault(name, List.of())) {
            boolean navigation = spec.startsWith("*");
            String attribute = navigation ? spec.substring(1) : spec;
            if (!element.hasAttr(attribute)) {
                continue;
            }
            if (name.equals("form")) {
                String method = element.attr("method");
                navigation = method.isEmpty() || method.equalsIgnoreCase("get");
            }
            Range.Position at = element.attributes().sourceRange(attribute).nameRange().start();
            String value = element.attr(attribute);
            if (attribute.equals("srcset")) {
                // html: "url 1x, url 2x" or "url 480w, ..."
                for (String candidate : value.split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        refs.add(ref(name, attribute, url, at, false, mark));
                    }
                }
            } else {
                refs.add(ref(name, attribute, value.strip(), at, navigation, mark));
            }
        }
    }

    private Ref ref(String element, String attribute, String url, Range.Position at, boolean navigation,
            int mark) {
        return new Ref(interner.of(element), attribute, interner.of(url), at.lineNumber(), at.columnNumber(),
                navigation, mark);
    }

    private void meta(Element meta, int mark) {
        String content = meta.attr("content");
        if (meta.attr("name").equalsIgnoreCase("robots") && content.toLowerCase(Locale.ROOT).contains("noindex")) {
            noindex = true;
        }
        if (isRefresh(meta)) {
            // html: content="0; url=/target/"
            int url = content.toLowerCase(Locale.ROOT).indexOf("url=");
            if (url >= 0) {
                String target = content.substring(url + 4).strip().replaceAll("^['\"]|['\"]$", "");
                refs.add(ref("meta", "content", target, meta.attributes().sourceRange("content").nameRange()
                        .start(), true, mark));
            }
        }
    }
}

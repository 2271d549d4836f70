package io.cxsite.check;

import io.cxsite.diagnostics.Severity;
import java.util.List;

/** Checks what screen readers need of a page: alt texts, titled graphics, a title and non-empty headings. */
final class MarkupCheck {
    private MarkupCheck() {
    }

    static void images(RenderedPage page, List<Finding> findings) {
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

    static void titles(RenderedPage page, List<Finding> findings) {
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
}

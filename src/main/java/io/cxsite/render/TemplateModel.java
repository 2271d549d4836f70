package io.cxsite.render;

import java.util.List;

/**
 * What templates see. Records with plain strings, so that a theme author reads the names off this
 * file and a typo in a template fails at its line (strict variables).
 */
final class TemplateModel {
    private TemplateModel() {
    }

    public record SiteView(String title, String description, String language, String baseUrl, String basePath,
            String footer, String feedUrl) {
    }

    public record Link(String title, String url) {
    }

    public record MenuItem(String title, String url, boolean active) {
    }

    /** {@code prev} and {@code next} are null when there is none: test with {@code {% if page.prev is not null %}}. */
    public record PageView(String kind, String title, String description, String url, String permalink, String lang,
            String date, String dateText, List<Link> tags, String content, List<Link> breadcrumbs, Link prev,
            Link next, String audience, boolean draft) {
    }

    public record Summary(String title, String url, String description, String date, String dateText,
            List<Link> tags) {
    }

    public record TagCount(String title, String url, int count) {
    }
}

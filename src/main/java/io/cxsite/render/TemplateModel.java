package io.cxsite.render;

import java.util.List;

/**
 * What templates see. Records with plain strings, so that a theme author reads the names off this
 * file and a typo in a template fails at its line (strict variables).
 */
final class TemplateModel {
    private TemplateModel() {
    }

    /** {@code favicon} is the icon file's path under the base path, {@code ""} when there is none. */
    public record SiteView(String title, String description, String language, String baseUrl, String basePath,
            String footer, String feedUrl, String favicon) {
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

    /** One language of the site for the switcher: the page's version in it, or that language's home. */
    public record LanguageLink(String lang, String name, String url, String permalink, boolean current,
            boolean translated) {
    }

    /**
     * A way to reach a person: {@code response} is how soon a first answer comes ("5 minutes"),
     * {@code href} the tel:, mailto: or web link.
     */
    public record ContactView(String channel, String label, String value, String href, String hours,
            String response) {
    }

    /**
     * Where "Was this helpful?" goes: a form {@code endpoint} (posted with {@code page}, {@code lang}
     * and {@code helpful=yes|no}), else {@code mailto:} links for each answer ({@code yes}, {@code no}).
     */
    public record HelpfulView(String endpoint, String yes, String no, String page) {
    }

    /**
     * The extras of a help article; {@code latestChange} and {@code helpful} are null when there is none.
     */
    public record HelpView(List<Summary> related, Summary latestChange, List<ContactView> contact,
            HelpfulView helpful) {
    }

    /**
     * The 404 page's words in one site language, for the visitor whose address lies under that
     * language's {@code home} (GitHub Pages serves one 404.html for every path).
     */
    public record NotFoundText(String lang, String name, String home, String title, String text, String goHome) {
    }
}

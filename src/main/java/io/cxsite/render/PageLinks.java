package io.cxsite.render;

import io.cxsite.render.TemplateModel.Link;
import io.cxsite.render.TemplateModel.Summary;
import io.cxsite.site.Page;
import io.cxsite.site.Section;
import io.cxsite.site.Site;
import io.cxsite.site.Tag;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Turns pages into what templates show of them elsewhere: links, breadcrumbs, summaries, tags and dates. */
final class PageLinks {
    private final Site site;
    private final String base;
    private final Map<String, DateTimeFormatter> dateFormats = new ConcurrentHashMap<>();
    private final Map<Page, List<Link>> tagsByPage = new IdentityHashMap<>();

    PageLinks(Site site) {
        this.site = site;
        this.base = site.config().basePath();
        for (Tag tag : site.tags()) {
            Link link = new Link(tag.name(), base + tag.url());
            tag.pages().forEach(p -> tagsByPage.computeIfAbsent(p, k -> new ArrayList<>()).add(link));
        }
    }

    /** The page's date written out in its language ("3 March 2026"), or empty without a date. */
    String dateText(Page page) {
        return page.meta().date().map(dateFormat(page.lang())::format).orElse("");
    }

    private DateTimeFormatter dateFormat(String lang) {
        return dateFormats.computeIfAbsent(lang, l -> DateTimeFormatter.ofPattern("d MMMM uuuu",
                Locale.forLanguageTag(l)));
    }

    /** Home down to the section that holds {@code page}, each a link; not the page itself. */
    List<Link> crumbs(Page page) {
        Section own = site.sections().get(page.url());
        if (page.url().isEmpty() || own != null && own.index() == page && own.parent().isEmpty()) {
            return List.of();
        }
        List<Link> crumbs = new ArrayList<>();
        String url = page.sectionUrl();
        while (true) {
            Section section = site.sections().get(url);
            crumbs.add(0, link(section.index()));
            if (section.parent().isEmpty()) {
                break;
            }
            url = section.parent().get();
        }
        return List.copyOf(crumbs);
    }

    Summary summary(Page page) {
        return new Summary(page.title(), base + page.url(), page.meta().description(),
                page.meta().date().map(Object::toString).orElse(""), dateText(page), tagLinks(page));
    }

    /** The tags of {@code page}, each a link to its tag page. */
    List<Link> tagLinks(Page page) {
        return tagsByPage.getOrDefault(page, List.of());
    }

    Link link(Page page) {
        return new Link(page.title(), base + page.url());
    }
}

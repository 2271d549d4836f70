package io.cxsite.render;

import io.cxsite.config.HelpConfig;
import io.cxsite.config.SiteConfig;
import io.cxsite.render.TemplateModel.ContactView;
import io.cxsite.render.TemplateModel.HelpView;
import io.cxsite.render.TemplateModel.Summary;
import io.cxsite.site.Page;
import io.cxsite.site.Section;
import io.cxsite.site.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What help-centre pages show besides their own text: related articles, the latest change made
 * because of feedback on the same topic, "Was this helpful?", and how to reach a person, with
 * honest response times. A help page is any page under {@code help/} (or {@code <lang>/help/});
 * changes are the pages under {@code changes/}.
 */
final class HelpCentre {
    static final String HELP = "help";
    static final String CHANGES = "changes";
    private static final int RELATED = 5;

    private final Site site;
    private final SiteConfig config;
    private final String base;
    private final Function<String, Map<String, String>> strings;
    private final Function<Page, Summary> summary;
    private final HelpContact contacts;
    /** Help pages by topic and by tag, per language, for related articles. */
    private final Map<String, List<Page>> byTopicOrTag = new HashMap<>();
    /** Change pages per language, newest first. */
    private final Map<String, List<Page>> changes = new HashMap<>();

    HelpCentre(Site site, Function<String, Map<String, String>> strings, Function<Page, Summary> summary) {
        this.site = site;
        this.config = site.config();
        this.base = config.basePath();
        this.strings = strings;
        this.summary = summary;
        this.contacts = new HelpContact(config, strings);
        for (Page page : site.pages()) {
            if (isIn(page, HELP)) {
                page.meta().topics().forEach(t -> byTopicOrTag.computeIfAbsent(key(page, "topic", t),
                        k -> new ArrayList<>()).add(page));
                page.meta().tags().forEach(t -> byTopicOrTag.computeIfAbsent(key(page, "tag", t),
                        k -> new ArrayList<>()).add(page));
            } else if (isIn(page, CHANGES) && page.meta().date().isPresent()) {
                changes.computeIfAbsent(page.lang(), k -> new ArrayList<>()).add(page);
            }
        }
        changes.values().forEach(list -> list.sort(Comparator.comparing((Page p) -> p.meta().date().get())
                .reversed().thenComparing(Page::url)));
    }

    /** True for pages in the top folder {@code folder} of their language. */
    boolean isIn(Page page, String folder) {
        String url = page.url();
        String sub = config.isSubLanguage(page.lang()) ? page.lang() + "/" : "";
        return url.startsWith(sub + folder + "/");
    }

    /** True for the help home of the page's language: {@code help/}, {@code sv/help/}. */
    boolean isHelpHome(Page page) {
        return page.url().equals(site.home(page.lang()).url() + HELP + "/");
    }

    /** The help extras of {@code page}, or null when it is not a help page. */
    HelpView view(Page page) {
        if (!isIn(page, HELP)) {
            return null;
        }
        Map<String, String> t = strings.apply(page.lang());
        return new HelpView(related(page), latestChange(page).orElse(null), contact(page.lang()), helpful(page, t));
    }

    /** The contact block alone, for pages outside help/ that want it (the help home). */
    List<ContactView> contact(String language) {
        return contacts.views(language);
    }

    /** Help pages of the same language sharing the most topics (counting double) and tags. */
    private List<Summary> related(Page page) {
        Map<Page, Integer> score = new HashMap<>();
        page.meta().topics().forEach(topic -> byTopicOrTag.getOrDefault(key(page, "topic", topic), List.of())
                .forEach(p -> score.merge(p, 2, Integer::sum)));
        page.meta().tags().forEach(tag -> byTopicOrTag.getOrDefault(key(page, "tag", tag), List.of())
                .forEach(p -> score.merge(p, 1, Integer::sum)));
        score.remove(page);
        return score.entrySet().stream()
                .sorted(Map.Entry.<Page, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().url()))
                .limit(RELATED).map(e -> summary.apply(e.getKey())).toList();
    }

    /** The newest change, in the page's language, about one of the page's topics. */
    private Optional<Summary> latestChange(Page page) {
        Set<String> topics = new HashSet<>(page.meta().topics());
        return changes.getOrDefault(page.lang(), List.of()).stream()
                .filter(c -> c.meta().topics().stream().anyMatch(topics::contains)).findFirst().map(summary);
    }

    private TemplateModel.HelpfulView helpful(Page page, Map<String, String> t) {
        HelpConfig help = config.help();
        if (help.endpoint().isEmpty() && help.email().isEmpty()) {
            return null;
        }
        String endpoint = help.endpoint().map(e -> e.startsWith("/") ? base + e.substring(1) : e).orElse("");
        String permalink = config.baseUrl() + page.url();
        String mail = help.email().filter(address -> endpoint.isEmpty()).map(address -> "mailto:" + address
                + "?subject=" + encode(t.get("wasThisHelpful") + " " + page.title()) + "&body=").orElse("");
        return new TemplateModel.HelpfulView(endpoint,
                mail.isEmpty() ? "" : mail + encode(t.get("answerYes") + "\n" + permalink),
                mail.isEmpty() ? "" : mail + encode(t.get("answerNo") + "\n" + permalink), permalink);
    }

    /** The help home: its categories, the pinned (weighted) articles of every category, the contact block. */
    List<Summary> pinned(Section helpHome) {
        List<Page> pinned = new ArrayList<>();
        collect(helpHome, pinned);
        pinned.removeIf(p -> p.meta().weight() == 0);
        pinned.sort(Comparator.comparingInt((Page p) -> p.meta().weight())
                .thenComparing(p -> p.meta().date().orElse(LocalDate.MIN), Comparator.reverseOrder())
                .thenComparing(Page::url));
        return pinned.stream().limit(8).map(summary).toList();
    }

    private void collect(Section section, List<Page> into) {
        into.addAll(section.pages());
        section.subsections().forEach(url -> collect(site.sections().get(url), into));
    }

    private static String key(Page page, String kind, String value) {
        return page.lang() + "\u0000" + kind + "\u0000" + value.toLowerCase(Locale.ROOT);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

}

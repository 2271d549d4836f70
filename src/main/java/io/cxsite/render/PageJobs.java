package io.cxsite.render;

import io.cxsite.site.Alias;
import io.cxsite.site.Page;
import io.cxsite.site.Section;
import io.cxsite.site.Site;
import io.cxsite.site.Tag;
import io.pebbletemplates.pebble.error.PebbleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Lists the HTML files of one render as jobs, those the memory asks for, and runs them in parallel. */
final class PageJobs {
    private final Site site;
    private final Pages pages;
    private final SiteRenderer.Memory memory;

    PageJobs(Site site, Pages pages, SiteRenderer.Memory memory) {
        this.site = site;
        this.pages = pages;
        this.memory = memory;
    }

    /**
     * Makes the pages into {@code out}, then, unless the memory says none are wanted, the files about
     * no one page; a template error goes to {@code errors} and the other jobs go on.
     */
    void run(boolean searchPages, Consumer<OutputFile> out, Consumer<PebbleException> errors) {
        List<Supplier<OutputFile>> jobs = pageJobs();
        if (memory.renders(Optional.empty())) {
            jobs.addAll(otherJobs(searchPages));
        }
        jobs.parallelStream().forEach(job -> {
            try {
                OutputFile file = job.get();
                if (file != null) { // null: the memory still has this file
                    out.accept(file);
                }
            } catch (PebbleException e) {
                errors.accept(e);
            }
        });
    }

    /** The section and content pages that the memory asks for. */
    private List<Supplier<OutputFile>> pageJobs() {
        List<Supplier<OutputFile>> jobs = new ArrayList<>();
        for (Section section : site.sections().values()) {
            if (memory.renders(Optional.of(section.index()))) {
                jobs.add(() -> pages.section(section));
            }
        }
        for (Page page : site.pages()) {
            if (memory.renders(Optional.of(page))) {
                jobs.add(() -> pages.page(page));
            }
        }
        return jobs;
    }

    /** The files about no one page: tag pages, 404, search pages, redirects. */
    private List<Supplier<OutputFile>> otherJobs(boolean searchPages) {
        List<Supplier<OutputFile>> jobs = new ArrayList<>();
        site.languageHomes().forEach((home, lang) -> jobs.add(() -> pages.tagIndex(home, lang)));
        for (Tag tag : site.tags()) {
            jobs.add(() -> pages.tag(tag));
        }
        jobs.add(pages::notFound);
        // A search page per language home, when the theme has one (js/search.js fills it in).
        if (searchPages) {
            Map<String, String> byHome = new TreeMap<>();
            site.config().languages().forEach(lang -> byHome.putIfAbsent(site.home(lang).url(), lang));
            byHome.values().forEach(lang -> jobs.add(() -> pages.search(lang)));
        }
        for (Alias alias : site.aliases()) {
            jobs.add(() -> pages.alias(alias));
        }
        return jobs;
    }
}

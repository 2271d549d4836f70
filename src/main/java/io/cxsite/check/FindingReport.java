package io.cxsite.check;

import io.cxsite.diagnostics.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reports findings as problems, at the Markdown that made them where it can. */
final class FindingReport {
    private FindingReport() {
    }

    /**
     * Turns findings into problems. The same problem from the theme on many pages is one problem,
     * at its first page, that counts the others.
     */
    static void report(List<Finding> findings, Problems problems, SourceTracer sources, RenderedFiles rendered) {
        findings.sort(Finding.BY_POSITION);
        Map<String, List<Finding>> fromTheme = new LinkedHashMap<>();
        Map<String, SourceTracer.Location> where = new HashMap<>();
        for (Finding finding : findings) {
            SourceTracer.Location at = sources.locate(finding, rendered.pages::get);
            if (at.inSource()) {
                problems.add(SourceTracer.problem(finding, at, ""));
            } else {
                String key = finding.severity() + " " + finding.message();
                fromTheme.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
                where.putIfAbsent(key, at);
            }
        }
        fromTheme.forEach((key, list) -> {
            long others = list.stream().map(Finding::file).distinct().count() - 1;
            problems.add(SourceTracer.problem(list.get(0), where.get(key), others == 0 ? ""
                    : "also on " + others + " other " + (others == 1 ? "page" : "pages")));
        });
    }
}

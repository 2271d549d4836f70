package io.cxsite.check;

import io.cxsite.diagnostics.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Finds the pages a reader cannot reach by following links from a home page. */
final class Reachability {
    private final List<String> homes;
    private final String basePath;
    private final Urls urls;
    private final RenderedFiles rendered;

    Reachability(List<String> homes, String basePath, Urls urls, RenderedFiles rendered) {
        this.homes = homes;
        this.basePath = basePath;
        this.urls = urls;
        this.rendered = rendered;
    }

    void unreachable(List<Finding> findings) {
        Set<String> reached = reachable();
        String from = homes.stream().map(h -> basePath + h).collect(Collectors.joining(" or "));
        for (String path : new TreeSet<>(rendered.pages.keySet())) {
            if (!reached.contains(path) && !rendered.isRedirectOrNotFound(path)) {
                findings.add(Finding.ofPage(path, Severity.WARNING, "page " + basePath + Urls.url(path)
                        + " cannot be reached by following links from the home page (" + from + ");"
                        + " link to it from its section, a list or another page"));
            }
        }
    }

    /** Every page a reader can reach from a home page by following links, forms and redirects. */
    private Set<String> reachable() {
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String home : homes) {
            if (rendered.pages.containsKey(home + "index.html") && reached.add(home + "index.html")) {
                queue.add(home + "index.html");
            }
        }
        while (!queue.isEmpty()) {
            RenderedPage page = rendered.pages.get(queue.poll());
            for (RenderedPage.Ref ref : page.refs()) {
                Urls.Target target = ref.navigation() ? urls.target(page.path(), ref.url())
                        : Urls.Target.of(Urls.Kind.EXTERNAL);
                Optional<String> file = target.kind() == Urls.Kind.SITE ? rendered.file(target.path()) : Optional.empty();
                if (file.isPresent() && rendered.pages.containsKey(file.get()) && reached.add(file.get())) {
                    queue.add(file.get());
                }
            }
        }
        return reached;
    }
}

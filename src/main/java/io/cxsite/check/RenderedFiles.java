package io.cxsite.check;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The files the renderer handed over, read pages among them, and which file a site path names. */
final class RenderedFiles {
    final Map<String, RenderedPage> pages = new ConcurrentHashMap<>();
    final Set<String> files = ConcurrentHashMap.newKeySet();
    private final Set<String> aliases;

    RenderedFiles(Set<String> aliases) {
        this.aliases = aliases;
    }

    /** The output file a site path names: a folder's {@code index.html}, also without its final slash. */
    Optional<String> file(String sitePath) {
        if (sitePath.isEmpty() || sitePath.endsWith("/")) {
            return present(sitePath + "index.html");
        }
        // GitHub Pages and most hosts redirect a folder's URL without the slash to the folder.
        return present(sitePath).or(() -> present(sitePath + "/index.html"));
    }

    private Optional<String> present(String path) {
        return files.contains(path) ? Optional.of(path) : Optional.empty();
    }

    /** Old addresses and the not-found page exist for visitors from elsewhere; nothing links to them. */
    boolean isRedirectOrNotFound(String path) {
        return path.equals(SiteCheck.NOT_FOUND) || aliases.contains(path)
                || pages.get(path).refs().stream().anyMatch(r -> r.element().equals("meta"));
    }
}

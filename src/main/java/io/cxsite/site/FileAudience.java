package io.cxsite.site;

import io.cxsite.config.Audience;
import io.cxsite.content.LinkRef;
import io.cxsite.content.PageSource;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who each file under {@code content/} is for. A file takes the audience of the pages that use it
 * (a link or an image, in the page's Markdown or its flows): public when any public page uses it,
 * internal when only internal pages do, whatever folder it is in. A file no page uses keeps the
 * audience of its folder's section, which the assembler knows. Every page counts, whether this
 * build publishes it or not, so the answer is the same in every build.
 */
final class FileAudience {
    private final Set<String> files;
    private final Set<String> usedByPublic = new HashSet<>();
    /** The first use by an internal page of each file, in page and document order. */
    private final Map<String, FileUse> usedByInternal = new TreeMap<>();

    FileAudience(Set<String> files) {
        this.files = files;
    }

    /** Records that {@code page}, for {@code audience}, links to {@code ref}, when that is one of the files. */
    void use(PageSource page, Audience audience, LinkRef ref) {
        target(page.folder(), ref.destination()).filter(files::contains).ifPresent(file -> {
            if (audience == Audience.PUBLIC) {
                usedByPublic.add(file);
            } else {
                usedByInternal.putIfAbsent(file, new FileUse(file, page.path(), ref.line(), ref.column()));
            }
        });
    }

    /** The audience the pages give the file, or empty when no page uses it. */
    Optional<Audience> of(String file) {
        if (usedByPublic.contains(file)) {
            return Optional.of(Audience.PUBLIC);
        }
        return usedByInternal.containsKey(file) ? Optional.of(Audience.INTERNAL) : Optional.empty();
    }

    /** The files only internal pages use, by path, each with its first use. */
    Map<String, FileUse> internalOnly() {
        Map<String, FileUse> only = new TreeMap<>(usedByInternal);
        only.keySet().removeAll(usedByPublic);
        return Collections.unmodifiableMap(only);
    }

    /**
     * The path relative to {@code content/} that a link written in {@code folder} names, as the
     * assembler resolves it: no fragment or query, percent-decoded, {@code /} for content/ itself.
     * Empty for external links, links within the page and links out of content/.
     */
    private static Optional<String> target(String folder, String destination) {
        if (destination.isEmpty() || LinkResolver.SCHEME.matcher(destination).find() || destination.startsWith("//")) {
            return Optional.empty();
        }
        String path = destination;
        for (char end : new char[] {'#', '?'}) {
            int at = path.indexOf(end);
            path = at < 0 ? path : path.substring(0, at);
        }
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        return path.startsWith("/") ? Optional.of(path.substring(1)) : LinkResolver.normalize(folder, path);
    }
}

package io.cxsite.publish;

import io.cxsite.render.SiteRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * DESIGN.md's output-folder rule: a build replaces its output folder whole, so it may only be a new
 * or empty folder, or one an earlier cxsite build made. Never the file system's root, the home
 * folder, the site folder, a folder that holds the site, or anything inside a folder the build reads.
 * Paths are compared as the file system resolves them: symbolic links, {@code ..} and relative
 * spellings name the folder they lead to.
 */
public final class OutputRule {
    /** The file cxsite leaves at the top of every output folder it makes. */
    public static final String MARKER = SiteRenderer.OUTPUT_MARKER;
    static final String MARKER_TEXT =
            "cxsite made this folder; the next build replaces it whole. Keep no files of your own here.\n";

    /** The folders of a site that builds read: output inside one would be read back in. */
    private static final List<String> INPUTS = List.of("content", "themes", "templates", "static", "i18n");
    /** What every build wrote at the top of its output before the marker existed (from the first version on). */
    private static final List<String> EARLIER_OUTPUT = List.of("sitemap.xml", "robots.txt", "feed.xml",
            "search-index.json");

    private OutputRule() {
    }

    /**
     * Why a build of {@code siteDir} may not replace {@code output}, as a sentence for the user, or
     * empty when it may.
     */
    public static Optional<String> refusal(Path siteDir, Path output) throws IOException {
        Path out = real(output);
        return reason(real(siteDir), out).map(why -> "refusing to build into " + out + ": " + why
                + ". A build replaces its output folder whole; choose a new or empty folder, or one cxsite made"
                + " (it holds " + MARKER + "). Nothing was deleted");
    }

    /** Throws when {@link #refusal} has a reason; otherwise returns {@code output} as {@link #real} resolves it. */
    static Path require(Path siteDir, Path output) throws IOException {
        Optional<String> refusal = refusal(siteDir, output);
        if (refusal.isPresent()) {
            throw new RefusedOutputException(refusal.get());
        }
        return real(output);
    }

    private static Optional<String> reason(Path site, Path out) throws IOException {
        if (out.getParent() == null) {
            return Optional.of("it is the root of the file system");
        }
        if (out.equals(real(Path.of(System.getProperty("user.home"))))) {
            return Optional.of("it is your home folder");
        }
        if (out.equals(site)) {
            return Optional.of("it is the site folder");
        }
        if (site.startsWith(out)) {
            return Optional.of("it holds the site " + site);
        }
        for (String input : INPUTS) {
            if (out.startsWith(site.resolve(input))) {
                return Optional.of("it is inside the site's " + input + "/ folder, which the build reads");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return Optional.of("it is a file, not a folder");
        }
        if (Files.isDirectory(out) && !isEmpty(out) && !madeByCxsite(out)) {
            return Optional.of("it holds files that cxsite did not make");
        }
        return Optional.empty();
    }

    /**
     * The folder {@code path} names once symbolic links and {@code ..} are followed, the way the file
     * system follows them; the part that does not exist yet is appended as written.
     */
    static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute.normalize();
        }
        return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    }

    /**
     * Whether cxsite made {@code dir}: it holds the marker, or, made before the marker existed, every
     * file that all builds write at the top of their output.
     */
    static boolean madeByCxsite(Path dir) {
        return isFile(dir.resolve(MARKER)) || EARLIER_OUTPUT.stream().allMatch(name -> isFile(dir.resolve(name)));
    }

    /** Leaves the marker in {@code folder}, which cxsite made, unless it is there already; returns its path. */
    static Path mark(Path folder) throws IOException {
        Path marker = folder.resolve(MARKER);
        if (!isFile(marker)) {
            Files.writeString(marker, MARKER_TEXT);
        }
        return marker;
    }

    static boolean isFile(Path path) {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}

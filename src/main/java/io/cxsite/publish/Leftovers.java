package io.cxsite.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folders a build makes beside its output folder {@code public}, named by what they hold:
 * {@code .public.staging-N} is being filled, {@code .public.old-N} is the previous output between
 * the two renames of the swap, {@code .public.trash-N} is being deleted. A build stopped at any moment
 * (kill -9, power loss) leaves some of them behind; the next build puts the previous output back
 * when there is none and deletes the rest. It touches only folders with these names that carry the
 * marker (or an old output from before the marker), and never a staging folder a running build holds.
 */
final class Leftovers {
    static final String STAGING = "staging";
    static final String OLD = "old";
    static final String TRASH = "trash";

    private final Path output;

    Leftovers(Path output) {
        this.output = output;
    }

    /** A new, empty folder of that kind beside the output, with the permissions the umask gives. */
    Path make(String kind) throws IOException {
        while (true) {
            Path dir = name(kind);
            try {
                // Not createTempDirectory: its folders are private (0700) and the output must be readable.
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                // another random number
            }
        }
    }

    /**
     * A name of that kind beside the output that no folder has (a random 64-bit number). The number
     * need not be secret: {@link #make} takes a name only by creating the folder, which fails when
     * anything, a link included, is there; so the cheap generator does, not {@code SecureRandom},
     * whose set-up alone costs a small build about a tenth of a second.
     */
    Path name(String kind) {
        return output.resolveSibling(prefix(kind) + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()));
    }

    private String prefix(String kind) {
        return "." + output.getFileName() + "." + kind + "-";
    }

    /**
     * Puts the previous output back when a build was stopped between the two renames of its swap.
     * Best effort: where it cannot, the build goes on and its commit makes a new output folder.
     */
    void restore() {
        try {
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            for (Path old : ours(OLD)) {
                if (OutputRule.madeByCxsite(old)) {
                    Staging.move(old, output);
                    return;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Another build put it back first, or the folder cannot be moved; nothing is lost either way.
        }
    }

    /**
     * Deletes what earlier builds left. Best effort: what cannot go now stays for the next build, and
     * a previous output is kept for as long as there is no output folder to replace it.
     */
    void sweep() {
        try {
            for (Path dir : ours(STAGING)) {
                if (StagingLock.isAbandoned(dir)) {
                    deleteTree(dir);
                }
            }
            for (Path old : ours(OLD)) {
                if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && OutputRule.madeByCxsite(old)) {
                    discard(old);
                }
            }
            for (Path dir : ours(TRASH)) {
                if (OutputRule.isFile(dir.resolve(OutputRule.MARKER))) {
                    deleteTree(dir);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Leftovers never fail a build: the next one tries again.
        }
    }

    /**
     * Renames a previous output to a trash name and deletes it; marked first, so that a deletion
     * stopped half-way still leaves a folder the next build recognises.
     */
    void discard(Path old) throws IOException {
        OutputRule.mark(old);
        Path trash = name(TRASH);
        try {
            Staging.move(old, trash);
        } catch (NoSuchFileException e) {
            return;
        }
        deleteTree(trash);
    }

    /** Folders beside the output with one of our names for that kind, in name order; no links. */
    private List<Path> ours(String kind) throws IOException {
        Pattern name = Pattern.compile(Pattern.quote(prefix(kind)) + "[0-9]+");
        try (Stream<Path> entries = Files.list(output.getParent())) {
            return entries.filter(p -> name.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
        }
    }

    /** Deletes a folder we made; its marker goes last, so a deletion stopped half-way still shows it is ours. */
    static void deleteTree(Path root) throws IOException {
        Path marker = root.resolve(OutputRule.MARKER);
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.filter(p -> !p.equals(root) && !p.equals(marker)).sorted(Comparator.reverseOrder()).toList();
        } catch (NoSuchFileException e) {
            return;
        }
        for (Path path : all) {
            Files.deleteIfExists(path);
        }
        Files.deleteIfExists(marker);
        Files.deleteIfExists(root);
    }
}

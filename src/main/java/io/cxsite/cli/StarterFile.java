package io.cxsite.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the starter's file list ({@code starter/files.txt}): a resource beside the list, the
 * path it takes in a new site, and how it is written. The list exists because a jar cannot list a
 * folder; adding a file to every new site is one resource and one line.
 */
record StarterFile(String resource, String target, Mode mode) {
    /** How a file is written. */
    enum Mode {
        /** Once, as it is. */
        PLAIN,
        /** Once, and executable (the wrapper script). */
        EXECUTABLE,
        /** A page in every site language: {@code {lang}} in the resource, {@code {langdir}} in the target. */
        EACH,
        /** A page once, in the site's first language. */
        FIRST
    }

    static final String FOLDER = "starter/";
    private static final String LIST = FOLDER + "files.txt";

    /** Every line of the list, in order. */
    static List<StarterFile> list() {
        List<StarterFile> files = new ArrayList<>();
        for (String line : read(LIST).split("\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] words = text.split("\\s+");
            if (words.length < 2 || words.length > 3) {
                throw new IllegalStateException(LIST + ": expected 'resource target [mode]', found '" + text + "'");
            }
            Mode mode = words.length == 3 ? Mode.valueOf(words[2].toUpperCase(Locale.ROOT)) : Mode.PLAIN;
            files.add(new StarterFile(words[0], words[1], mode));
        }
        return List.copyOf(files);
    }

    /** Whether the resource is written once per language. */
    boolean perLanguage() {
        return mode == Mode.EACH || mode == Mode.FIRST;
    }

    /** The text of a resource beside the list (every starter file is UTF-8 text). */
    static String read(String name) {
        try (InputStream in = StarterFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the starter has no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a resource beside the list exists. */
    static boolean exists(String name) {
        return StarterFile.class.getResource(name) != null;
    }
}

package io.cxsite.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A scratch site folder that each fuzz execution fills anew: the files of one input, written as the
 * author would have saved them. One per test class; it lives in the system's temporary folder.
 */
final class FuzzSite {
    /** Separates the parts of an input that holds more than one file (seed files stay readable text). */
    static final String CUT = "\n-- cut --\n";
    private static final Pattern HEADER = Pattern.compile("(?m)^-- ([^\\n]*) --\\n");
    // what a path in a whole-site input may be: a file under the site, never outside it or in public/
    private static final Pattern SAFE_PATH = Pattern.compile("(site\\.yaml|content/[A-Za-z0-9_][A-Za-z0-9_./-]{0,80})");
    private static final int MAX_FILES = 12;

    private final Path dir;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private FuzzSite(Path dir) {
        this.dir = dir;
    }

    static FuzzSite create() {
        try {
            Path dir = Files.createTempDirectory("cxsite-fuzz-");
            dir.toFile().deleteOnExit();
            return new FuzzSite(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    /** The files written by the last {@link #write}, by path relative to the site. */
    Map<String, byte[]> files() {
        return files;
    }

    /** Empties the folder and writes {@code files} (path relative to the site -> bytes). */
    FuzzSite write(Map<String, byte[]> newFiles) {
        try {
            clear();
            files.clear();
            for (Map.Entry<String, byte[]> file : newFiles.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
                files.put(file.getKey(), file.getValue());
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void clear() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The input cut at {@link #CUT} into at most {@code n} parts; missing parts are empty. */
    static List<byte[]> parts(byte[] data, int n) {
        String text = new String(data, StandardCharsets.ISO_8859_1); // one char per byte, so cuts keep bytes intact
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        while (parts.size() < n - 1) {
            int cut = text.indexOf(CUT, from);
            if (cut < 0) {
                break;
            }
            parts.add(text.substring(from, cut).getBytes(StandardCharsets.ISO_8859_1));
            from = cut + CUT.length();
        }
        parts.add(text.substring(from).getBytes(StandardCharsets.ISO_8859_1));
        while (parts.size() < n) {
            parts.add(new byte[0]);
        }
        return parts;
    }

    /**
     * A whole site written as {@code -- path --} lines, each starting a file (the format of the
     * build tests' sites). Paths outside {@code site.yaml} and {@code content/}, with {@code ..}, or
     * beyond the first twelve files are left out, so no input writes outside the scratch folder.
     */
    static Map<String, byte[]> site(byte[] data) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        Map<String, byte[]> site = new LinkedHashMap<>();
        Matcher m = HEADER.matcher(text);
        String path = null;
        int start = 0;
        while (m.find()) {
            put(site, path, text.substring(start, m.start()));
            path = m.group(1);
            start = m.end();
        }
        put(site, path, text.substring(start));
        return site;
    }

    private static void put(Map<String, byte[]> site, String path, String body) {
        if (path != null && site.size() < MAX_FILES && SAFE_PATH.matcher(path).matches() && !path.contains("..")
                && !path.contains("//") && !path.contains("/./") && !path.endsWith("/") && !path.endsWith("/.") && !site.containsKey(path)
                && site.keySet().stream().noneMatch(p -> p.startsWith(path + "/") || path.startsWith(p + "/"))) {
            site.put(path, body.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}

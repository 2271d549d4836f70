package io.cxsite.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The starter site of {@code cxsite init}: the files of {@link StarterFile#list()}, with their
 * {@code {{name}}} placeholders filled in, written into a new or empty folder and nowhere else.
 */
final class Starter {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9]+)}}");

    /** A file ready to write: its path relative to the site folder and its text. */
    record Output(String path, String text, boolean executable) {
    }

    private final List<String> languages;
    private final Map<String, String> values;

    /**
     * @param languages the site's languages, the first the default
     * @param today     the day the site is made; the sample data covers the three months before it
     * @param pin       the cxsite release the wrapper runs
     */
    Starter(List<String> languages, LocalDate today, WrapperPin pin) {
        this.languages = List.copyOf(languages);
        Map<String, String> map = new LinkedHashMap<>();
        map.put("language", languages.get(0));
        map.put("languages", "[" + String.join(", ", languages) + "]");
        map.put("today", today.toString());
        YearMonth month = YearMonth.from(today);
        for (int i = 1; i <= 3; i++) {
            map.put("month" + i, month.minusMonths(4 - i).toString());
        }
        map.put("version", pin.version());
        map.put("url", pin.url());
        map.put("sha256", pin.sha256());
        this.values = Map.copyOf(map);
    }

    /** The languages the starter has pages for: those with a home page among its resources. */
    static boolean hasPagesIn(String language) {
        return language.matches("[a-z]{2,3}") && StarterFile.exists(StarterFile.FOLDER + language + "/_index.md");
    }

    /** Every file of a new site, in the order of the list. */
    List<Output> files() {
        List<Output> out = new ArrayList<>();
        for (StarterFile file : StarterFile.list()) {
            List<String> langs = switch (file.mode()) {
                case EACH -> languages;
                case FIRST -> List.of(languages.get(0));
                default -> List.of("");
            };
            for (String lang : langs) {
                String dir = lang.equals(languages.get(0)) ? "" : lang + "/";
                String resource = file.resource().replace("{lang}", lang);
                String target = fillPath(file.target().replace("{langdir}", dir));
                String text = fill(StarterFile.read(StarterFile.FOLDER + resource), values, resource);
                out.add(new Output(target, text, file.mode() == StarterFile.Mode.EXECUTABLE));
            }
        }
        return out;
    }

    /** Writes every file into {@code site}, which exists and is empty; no path may leave it. */
    static void write(Path site, List<Output> files) throws IOException {
        Path root = site.toRealPath();
        for (Output file : files) {
            Path path = root.resolve(file.path()).normalize();
            if (!path.startsWith(root) || path.equals(root)) {
                throw new IllegalStateException("starter file outside the site: " + file.path());
            }
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.text(), StandardCharsets.UTF_8);
            if (file.executable()) {
                makeExecutable(path);
            }
        }
    }

    /** Whether {@code site} is absent or an empty folder. */
    static boolean isNewOrEmpty(Path site) throws IOException {
        if (Files.notExists(site, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(site)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void makeExecutable(Path path) throws IOException {
        try {
            Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(path));
            permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException e) {
            // Windows: no execute bit; cxsitew.cmd is what runs there.
        }
    }

    private String fillPath(String target) {
        String path = target;
        for (int i = 1; i <= 3; i++) {
            path = path.replace("{month" + i + "}", values.get("month" + i));
        }
        return path;
    }

    /** {@code text} with each {@code {{name}}} replaced by its value; an unknown name is a bug in the resource. */
    static String fill(String text, Map<String, String> values, String resource) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("starter/" + resource + ": unknown placeholder " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}

package io.cxsite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md: a package may use only packages below it in this list. Every reference counts, an
 * import or a fully qualified name in the code ({@code io.cxsite.build.SiteBuild.class}); names in
 * comments and string literals do not.
 */
class LayeringTest {
    static final List<String> LAYERS = List.of("cli", "serve", "build", "check", "publish", "render", "charts", "site",
            "content", "metrics", "feedback", "config", "diagnostics");
    /** A cxsite package named in code; Java allows blanks around the dots of a qualified name. */
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\s*\\.\\s*cxsite\\s*\\.\\s*(\\w+)");

    @Test
    void noPackageUsesAPackageAboveIt() throws IOException {
        Path main = Path.of("src/main/java/io/cxsite");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String own = main.relativize(file).getName(0).toString();
                if (!LAYERS.contains(own)) {
                    violations.add(file + ": package '" + own + "' is not in the layer list");
                    continue;
                }
                violations(own, Files.readString(file)).forEach(v -> violations.add(file + ":" + v));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void catchesAFullyQualifiedReferenceToAHigherPackage() {
        String source = """
                package io.cxsite.render;

                final class Sneaky {
                    Class<?> build = io.cxsite.build.SiteBuild.class;
                    Object server = new io.cxsite
                            .serve.DevServer();
                }
                """;
        assertEquals(List.of("4: uses io.cxsite.build", "5: uses io.cxsite.serve"), violations("render", source));
    }

    @Test
    void catchesAnImportOfAHigherOrUnknownPackage() {
        String source = """
                package io.cxsite.site;

                import static io.cxsite.cli.Cxsite.OK;
                import io.cxsite.util.Strings;
                import io.cxsite.content.PageSource;
                """;
        assertEquals(List.of("3: uses io.cxsite.cli", "4: uses io.cxsite.util"), violations("site", source));
    }

    @Test
    void namesInCommentsAndStringsAreNoReference() {
        String source = """
                package io.cxsite.config;

                /** Read by {@link io.cxsite.cli.Cxsite}. */
                final class Quiet { // io.cxsite.build
                    /* io.cxsite.serve.DevServer */
                    String a = "io.cxsite.build.SiteBuild \\" io.cxsite.cli";
                    char quote = '"';
                    String b = \"""
                            io.cxsite.render \\\""" io.cxsite.publish
                            \""";
                    String c = "//"; Object d = io.cxsite.diagnostics.Severity.ERROR;
                }
                """;
        assertEquals(List.of("1: uses io.cxsite.config", "11: uses io.cxsite.diagnostics"), references(source));
        assertEquals(List.of(), violations("config", source));
    }

    /** The references of {@code source}, in package {@code own}, to packages not below it, as "line: uses …". */
    static List<String> violations(String own, String source) {
        int ownLevel = LAYERS.indexOf(own);
        return references(source).stream().filter(r -> {
            String used = r.substring(r.lastIndexOf('.') + 1);
            return !used.equals(own) && LAYERS.indexOf(used) <= ownLevel;
        }).toList();
    }

    /** Every cxsite package named in the code of {@code source}, as "line: uses io.cxsite.name". */
    static List<String> references(String source) {
        String code = code(source);
        List<String> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            long line = code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            found.add(line + ": uses io.cxsite." + m.group(1));
        }
        return found;
    }

    /**
     * {@code source} with its comments, string, text-block and character literals blanked out;
     * line breaks stay, so positions keep their line.
     */
    static String code(String source) {
        StringBuilder code = new StringBuilder(source);
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = until(source, "\n", i + 2, false);
            } else if (source.startsWith("/*", i)) {
                end = until(source, "*/", i + 2, false);
            } else if (source.startsWith("\"\"\"", i)) {
                end = until(source, "\"\"\"", i + 3, true);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                end = until(source, String.valueOf(source.charAt(i)), i + 1, true);
            } else {
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                if (code.charAt(j) != '\n') {
                    code.setCharAt(j, ' ');
                }
            }
            i = end;
        }
        return code.toString();
    }

    /**
     * The index just after the first {@code close} at or after {@code from}, in a literal the first
     * one no backslash escapes; the end of {@code source} when there is none.
     */
    private static int until(String source, String close, int from, boolean escapes) {
        int i = from;
        while (i < source.length()) {
            if (escapes && source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith(close, i)) {
                return i + close.length();
            } else {
                i++;
            }
        }
        return source.length();
    }
}

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

/** STYLE.md: a package may import only packages below it in this list. */
class LayeringTest {
    static final List<String> LAYERS = List.of("cli", "serve", "build", "check", "publish", "render", "charts",
            "site", "content", "metrics", "feedback", "config", "diagnostics");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.cxsite\\.(\\w+)\\.", Pattern.MULTILINE);

    @Test
    void noPackageImportsAPackageAboveIt() throws IOException {
        Path main = Path.of("src/main/java/io/cxsite");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String own = main.relativize(file).getName(0).toString();
                int ownLevel = LAYERS.indexOf(own);
                if (ownLevel < 0) {
                    violations.add(file + ": package '" + own + "' is not in the layer list");
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    int level = LAYERS.indexOf(m.group(1));
                    if (level <= ownLevel && !m.group(1).equals(own)) {
                        violations.add(file + " imports io.cxsite." + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}

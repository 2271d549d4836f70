package io.cxsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the examples of {@code front-matter.spec.md}. */
class ContentLoaderSpecTest {
    record Example(String name, String page, List<String> problems) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern EXAMPLE = Pattern.compile(
            "(?ms)^## (.+?)\\n.*?^```page\\n(.*?)^```\\n.*?^```problems\\n(.*?)^```");

    static Stream<Example> examples() throws IOException {
        String spec = Files.readString(Path.of("src/test/resources/content/front-matter.spec.md"), StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(spec);
        while (m.find()) {
            List<String> problems = m.group(3).lines().filter(l -> !l.isBlank()).toList();
            examples.add(new Example(m.group(1), m.group(2), problems));
        }
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void reportsExactlyTheExpectedProblems(Example example) {
        Problems problems = new Problems();
        ContentLoader.read("content/guides/page.md", "guides/page.md",
                example.page().getBytes(StandardCharsets.UTF_8), problems);
        List<String> actual = problems.sorted().stream().map(Problem::format)
                .map(ContentLoaderSpecTest::firstClause).toList();
        assertEquals(example.problems(), actual);
    }

    /** YAML parser messages go on after the first clause with details we do not pin down. */
    private static String firstClause(String formatted) {
        int invalid = formatted.indexOf("invalid YAML: ");
        if (invalid < 0) {
            return formatted;
        }
        String rest = formatted.substring(invalid + "invalid YAML: ".length());
        int stop = rest.indexOf(" [") > 0 ? rest.indexOf(" [") : rest.length();
        return formatted.substring(0, invalid) + "invalid YAML: " + rest.substring(0, stop).strip();
    }
}

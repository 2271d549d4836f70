package io.cxsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@link QuickBuild} against picocli itself: for thousands of generated argument lists, whenever the
 * quick path takes them, picocli must accept the same arguments and fill every option of the build
 * command (found by its {@code @Option} annotation, so an option added later is compared too) with
 * the same value.
 */
class QuickBuildPicocliTest {
    private static final List<String> TOKENS = List.of("-s", "--source", "-o", "--output", "--audience", "--base-url",
            "--drafts", "--strict", "site", "out dir", "all", "public", "ALL", "everyone", "https://acme.example/cx/",
            "http://x.example", "not a url", "-", "--", "check", "@args", "", "--source=site", "-ssite", "a/b/../c",
            "--sou", "-x", "--help", "-V", "build");

    private final Cxsite root = new Cxsite(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
            Map.of());

    @Test
    void whateverTheQuickPathTakesPicocliReadsTheSame() throws Exception {
        Random random = new Random(20261207);
        int taken = 0;
        for (int n = 0; n < 20_000; n++) {
            List<String> args = new ArrayList<>(List.of("build"));
            int length = random.nextInt(7);
            for (int i = 0; i < length; i++) {
                args.add(TOKENS.get(random.nextInt(TOKENS.size())));
            }
            String[] array = args.toArray(String[]::new);
            Optional<BuildCommand> quick = QuickBuild.of(root, array);
            if (quick.isPresent()) {
                taken++;
                assertEquals(options(picocli(array)), options(quick.get()), String.join(" | ", args));
            }
        }
        assertTrue(taken > 500, "the quick path took only " + taken + " argument lists");
    }

    @Test
    void theBareBuildGetsPicocliDefaults() throws Exception {
        assertEquals(options(picocli("build")), options(QuickBuild.of(root, "build").orElseThrow()));
    }

    private BuildCommand picocli(String... args) {
        CommandLine cli = Cxsite.commandLine(root, args);
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        return (BuildCommand) parsed.subcommand().commandSpec().userObject();
    }

    /** Every {@code @Option} field of the command and its mixins, by field name. */
    private static Map<String, Object> options(Object command) throws IllegalAccessException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : command.getClass().getDeclaredFields()) {
            field.setAccessible(true);
            Object value = field.get(command);
            if (field.isAnnotationPresent(Option.class)) {
                values.put(field.getName(), value);
            } else if (field.isAnnotationPresent(CommandLine.Mixin.class)) {
                options(value).forEach((name, v) -> values.put(field.getName() + "." + name, v));
            }
        }
        return values;
    }
}

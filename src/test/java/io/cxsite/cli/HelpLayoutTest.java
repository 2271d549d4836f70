package io.cxsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Every command's help fits 80 columns, wrapped between words: no URL or option name is cut in two. */
class HelpLayoutTest {
    private static final Pattern URL = Pattern.compile("https?://[^\\s)]+");

    /** The words help must never cut: URLs in any description, and every option name. */
    private static List<String> whole(CommandSpec spec) {
        List<String> words = new ArrayList<>();
        List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
        for (OptionSpec option : spec.options()) {
            texts.addAll(List.of(option.description()));
            words.addAll(List.of(option.names()));
        }
        for (CommandLine sub : spec.subcommands().values()) {
            texts.addAll(List.of(sub.getCommandSpec().usageMessage().description()));
        }
        for (String text : texts) {
            Matcher m = URL.matcher(text);
            while (m.find()) {
                words.add(m.group());
            }
        }
        return words;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "build", "check", "serve", "new", "help"})
    void helpIsWrappedBetweenWordsAt80Columns(String command) {
        String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        CxsiteTest.Run run = CxsiteTest.run(Map.of(), args);
        assertEquals(0, run.code(), run.err());
        String help = run.out();
        for (String line : help.split("\\R")) {
            assertTrue(line.length() <= HelpLayout.WIDTH, "longer than 80 columns: " + line);
        }
        CommandLine cli = Cxsite.commandLine(new Cxsite(null, null, Map.of()));
        CommandSpec spec = command.isEmpty() ? cli.getCommandSpec() : cli.getSubcommands().get(command).getCommandSpec();
        List<String> words = whole(spec);
        assertTrue(words.stream().anyMatch(w -> w.startsWith("http")) || !List.of("", "build", "serve").contains(command),
                "the test sees the URLs: " + words);
        for (String word : words) {
            assertTrue(help.matches("(?s).*(^|[\\s\\[(=])" + Pattern.quote(word) + "([\\s\\]),=:]|$).*"),
                    "'" + word + "' is not whole in:\n" + help);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 26})
    void aWordLongerThanTheRoomStaysWhole(int lead) {
        String url = "https://acme.example/" + "a".repeat(90);
        String wrapped = HelpLayout.wrap(" ".repeat(lead) + "x".repeat(10) + "  See " + url + " now", -1);
        assertTrue(wrapped.contains("\n" + " ".repeat(lead + 12 + 2) + url + "\n") || wrapped.contains(url), wrapped);
        assertTrue(List.of(wrapped.split("\n")).contains(" ".repeat(lead + 12 + 2) + url), wrapped);
    }
}

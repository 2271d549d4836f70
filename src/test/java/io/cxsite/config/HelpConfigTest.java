package io.cxsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's contact channels, helpful target and languages: read when right, errors at their line when wrong. */
class HelpConfigTest {
    @TempDir
    Path dir;

    private SiteConfig load(String yaml, Problems problems) throws Exception {
        TestSite.write(dir, "-- site.yaml --\ntitle: T\nbaseUrl: https://x.example/\n" + yaml);
        return ConfigLoader.load(dir, problems);
    }

    @Test
    void channelsKeepTheirOrderAndTextsPerLanguage() throws Exception {
        Problems problems = new Problems();
        SiteConfig config = load("""
                language: en
                languages: [sv, en, nb]
                contact:
                  - channel: phone
                    label: {en: Customer service, sv: Kundservice}
                    value: "070-174 06 60"
                    responseTime: 3m
                  - channel: chat
                    value: {en: /help/contact/, sv: /sv/help/kontakt/}
                    hours: Every day 8-20
                helpful:
                  endpoint: https://forms.example/helpful
                """, problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(List.of("en", "sv", "nb"), config.languages(), "the site's language first");
        HelpConfig help = config.help();
        assertEquals(List.of("phone", "chat"), help.contact().stream().map(HelpConfig.Channel::kind).toList());
        HelpConfig.Channel phone = help.contact().get(0);
        assertEquals("Kundservice", HelpConfig.Channel.localized(phone.label(), "sv"));
        assertEquals("Customer service", HelpConfig.Channel.localized(phone.label(), "nb"), "no nb label: the first");
        assertEquals(OptionalDouble.of(180), phone.responseTime());
        HelpConfig.Channel chat = help.contact().get(1);
        assertEquals("/sv/help/kontakt/", HelpConfig.Channel.localized(chat.value(), "sv"));
        assertEquals(Map.of("", "Every day 8-20"), chat.hours());
        assertEquals(Optional.of("https://forms.example/helpful"), help.endpoint());
    }

    @Test
    void everyMistakeIsAnErrorAtItsLine() throws Exception {
        Problems problems = new Problems();
        load("""
                languages: [en, svenska]
                contact:
                  - channel: pigeon
                    value: x
                  - channel: phone
                  - channel: email
                    value: a@b.example
                    responseTime: soon
                    opening: always
                helpful:
                  endpoint: forms.example
                  email: not-an-address
                """, problems);
        List<String> errors = problems.sorted().stream().map(Problem::format).map(l -> l.substring(0,
                l.indexOf(';') > 0 ? l.indexOf(';') : l.length())).toList();
        assertEquals(List.of(
                "site.yaml:3:12: error: 'languages' must be two-letter language codes such as [en, sv, nb]",
                "site.yaml:5:14: error: unknown channel 'pigeon'",
                "site.yaml:7:5: error: the phone channel needs 'value:', the number, address or URL to link to (or one"
                        + " per language, such as {en: /help/contact/, sv: /sv/help/kontakt/})",
                "site.yaml:10:19: error: responseTime is a duration such as 2m, 1h or 24h",
                "site.yaml:11:5: error: unknown contact channel key 'opening'",
                "site.yaml:13:13: error: the endpoint is an http(s) URL or a path starting with /, where the form is"
                        + " posted",
                "site.yaml:14:10: error: not an e-mail address"), errors);
    }
}

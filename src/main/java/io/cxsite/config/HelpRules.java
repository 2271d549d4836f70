package io.cxsite.config;

import io.cxsite.config.YamlNode.Entry;
import io.cxsite.diagnostics.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads site.yaml's {@code contact:} list and {@code helpful:} mapping, every mistake at its own line. */
final class HelpRules {
    private static final List<String> CHANNEL_KEYS = List.of("channel", "label", "value", "hours", "responseTime");
    private static final List<String> HELPFUL_KEYS = List.of("endpoint", "email");

    private final String path;
    private final Problems problems;

    private HelpRules(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    static HelpConfig read(String path, YamlNode root, Problems problems) {
        HelpRules rules = new HelpRules(path, problems);
        Entry contact = root.entries().get("contact");
        Entry helpful = root.entries().get("helpful");
        Entry expectations = root.entries().get("responseExpectations");
        List<HelpConfig.Channel> channels = contact == null ? List.of()
                : rules.channels(contact.value(), expectations == null ? null : expectations.value());
        Optional<String> endpoint = Optional.empty();
        Optional<String> email = Optional.empty();
        if (helpful != null) {
            YamlNode h = helpful.value();
            if (!h.isMapping()) {
                rules.error(h, "'helpful:' is a mapping such as {endpoint: https://forms.example/helpful} or"
                        + " {email: help@example.com}");
            } else {
                rules.unknownKeys(h, HELPFUL_KEYS, "helpful");
                endpoint = rules.text(h.entries().get("endpoint")).filter(url -> {
                    boolean ok = ConfigLoader.isAbsoluteHttpUrl(url) || url.startsWith("/");
                    if (!ok) {
                        rules.error(h.entries().get("endpoint").value(), "the endpoint is an http(s) URL or a path"
                                + " starting with /, where the form is posted");
                    }
                    return ok;
                });
                email = rules.text(h.entries().get("email")).filter(address -> {
                    boolean ok = address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
                    if (!ok) {
                        rules.error(h.entries().get("email").value(), "not an e-mail address");
                    }
                    return ok;
                });
            }
        }
        return new HelpConfig(channels, endpoint, email);
    }

    /** {@code expectations} is site.yaml's responseExpectations mapping, or null: where a channel without its own time gets one. */
    private List<HelpConfig.Channel> channels(YamlNode list, YamlNode expectations) {
        if (list.kind() != YamlNode.Kind.SEQUENCE) {
            error(list, "'contact:' is a list of channels, such as 'contact: [{channel: phone, "
                    + "value: \"+46 8 555 010 00\", hours: {en: Weekdays 8-18, sv: Vardagar 8-18}}]'");
            return List.of();
        }
        List<HelpConfig.Channel> channels = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (!item.isMapping()) {
                error(item, "each contact channel is a mapping with channel, value and hours");
                continue;
            }
            unknownKeys(item, CHANNEL_KEYS, "contact channel");
            Optional<String> kind = text(item.entries().get("channel"));
            if (kind.isEmpty()) {
                error(item, "a contact channel needs 'channel:', one of " + String.join(", ", HelpConfig.KINDS));
                continue;
            }
            if (!HelpConfig.KINDS.contains(kind.get())) {
                error(item.entries().get("channel").value(), "unknown channel '" + kind.get() + "'; use one of "
                        + String.join(", ", HelpConfig.KINDS));
                continue;
            }
            Map<String, String> value = localized(item.entries().get("value"));
            if (value.isEmpty() || value.values().stream().anyMatch(String::isBlank)) {
                error(item, "the " + kind.get() + " channel needs 'value:', the number, address or URL to link to"
                        + " (or one per language, such as {en: /help/contact/, sv: /sv/help/kontakt/})");
                continue;
            }
            OptionalDouble response = OptionalDouble.empty();
            Entry time = item.entries().get("responseTime");
            if (time != null) {
                response = Durations.parse(time.value().text());
                if (response.isEmpty()) {
                    error(time.value(), "responseTime is a duration such as 2m, 1h or 24h");
                }
            }
            YamlNode promise = promisedAt(time, kind.get(), expectations, item.entries().get("channel").value());
            channels.add(new HelpConfig.Channel(kind.get(), localized(item.entries().get("label")), value,
                    localized(item.entries().get("hours")), response, promise.line(), promise.column()));
        }
        return List.copyOf(channels);
    }

    /** Where the time shown for a channel is written: its responseTime, its responseExpectations entry, else its name. */
    private static YamlNode promisedAt(Entry own, String kind, YamlNode expectations, YamlNode channel) {
        if (own != null) {
            return own.value();
        }
        if (expectations != null && expectations.isMapping()) {
            Entry entry = expectations.entries().get(kind);
            if (entry == null) {
                entry = expectations.entries().get("default");
            }
            if (entry != null) {
                return entry.value();
            }
        }
        return channel;
    }

    /** A plain text for every language ({@code ""}), or a mapping of language to text. */
    private Map<String, String> localized(Entry entry) {
        if (entry == null) {
            return Map.of();
        }
        YamlNode value = entry.value();
        Map<String, String> texts = new LinkedHashMap<>();
        if (value.isMapping()) {
            for (Entry e : value.entries().values()) {
                texts.put(e.key(), e.value().text());
            }
        } else if (value.kind() == YamlNode.Kind.SEQUENCE) {
            error(value, "'" + entry.key() + ":' is a text, or a text per language such as {en: ..., sv: ...}");
        } else {
            texts.put("", value.text());
        }
        return texts;
    }

    private void unknownKeys(YamlNode mapping, List<String> known, String what) {
        for (Entry e : mapping.entries().values()) {
            if (!known.contains(e.key())) {
                String hint = YamlMapping.hint(e.key(), known);
                problems.error(path, e.line(), e.column(), "unknown " + what + " key '" + e.key() + "'" + hint
                        + "; the keys are " + String.join(", ", known));
            }
        }
    }

    private Optional<String> text(Entry entry) {
        if (entry == null) {
            return Optional.empty();
        }
        YamlNode value = entry.value();
        if (value.isMapping() || value.kind() == YamlNode.Kind.SEQUENCE || value.text().isBlank()) {
            error(value, "'" + entry.key() + ":' takes a text value, not " + value.describe());
            return Optional.empty();
        }
        return Optional.of(value.text().strip());
    }

    private void error(YamlNode at, String message) {
        problems.error(path, at.line(), at.column(), message);
    }
}

package io.cxsite.config;

import io.cxsite.config.YamlNode.Entry;
import io.cxsite.diagnostics.Problems;
import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/** Reads the {@code feedback:} list of site.yaml, every mistake at its own line. */
final class FeedbackRules {
    private static final List<String> KEYS = List.of("files", "format", "delimiter", "encoding", "headerRows",
            "dateFormat", "timeZone", "columns", "defaults");
    private static final String EXAMPLE = "such as 'feedback: [{files: \"crm-*.csv\", "
            + "columns: {date: Created, score: Rating, comment: Text}}]'";

    private final String path;
    private final Problems problems;
    private final ExportFormatFields fields;

    private FeedbackRules(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
        this.fields = new ExportFormatFields(path, problems);
    }

    static List<FeedbackConfig.Rule> read(String path, YamlNode list, Problems problems) {
        return new FeedbackRules(path, problems).rules(list);
    }

    /** A zone name such as Europe/Stockholm or UTC; empty (with a problem at the node) when unknown. */
    static Optional<ZoneId> zone(String path, YamlNode node, Problems problems) {
        try {
            return Optional.of(ZoneId.of(node.text()));
        } catch (DateTimeException e) {
            problems.error(path, node.line(), node.column(), "unknown time zone " + node.describe()
                    + "; use a region name such as Europe/Stockholm, Europe/Oslo or UTC");
            return Optional.empty();
        }
    }

    private List<FeedbackConfig.Rule> rules(YamlNode list) {
        if (list.kind() != YamlNode.Kind.SEQUENCE) {
            error(list, "'feedback:' is a list of rules, " + EXAMPLE);
            return List.of();
        }
        List<FeedbackConfig.Rule> rules = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (!item.isMapping()) {
                error(item, "each feedback rule is a mapping with 'files:' and what to override, " + EXAMPLE);
                continue;
            }
            rule(item).ifPresent(rules::add);
        }
        return List.copyOf(rules);
    }

    private Optional<FeedbackConfig.Rule> rule(YamlNode item) {
        Map<String, Entry> e = item.entries();
        unknownKeys(e);
        Optional<String> files = files(item, e.get("files"));
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> format = fields.format(e.get("format"));
        Optional<Character> delimiter = fields.delimiter(e.get("delimiter"));
        Optional<Charset> encoding = fields.encoding(e.get("encoding"));
        int headerRows = fields.headerRows(e.get("headerRows"));
        Optional<String> dateFormat = fields.dateFormat(e.get("dateFormat"));
        Optional<ZoneId> zone = Optional.ofNullable(e.get("timeZone")).flatMap(z -> zone(path, z.value(), problems));
        Map<String, String> columns = roles(e.get("columns"), "columns", "the column name in the export");
        Map<String, String> defaults = roles(e.get("defaults"), "defaults", "the value to use");
        return Optional.of(new FeedbackConfig.Rule(files.get(), format, delimiter, encoding, headerRows, dateFormat,
                zone, columns, defaults, item.line()));
    }

    /** The rule's file pattern, which must be a glob the file system can read. */
    private Optional<String> files(YamlNode item, Entry entry) {
        Optional<String> files = fields.text(entry);
        if (files.isEmpty()) {
            error(item, "a feedback rule needs 'files:', a pattern under content/feedback/ such as \"crm-*.csv\"");
            return Optional.empty();
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + files.get());
            return files;
        } catch (PatternSyntaxException ex) {
            error(entry.value(), "'" + files.get() + "' is not a file pattern (" + ex.getDescription()
                    + "); use * and ? for any characters, {a,b} for either, and close every { and [");
            return Optional.empty();
        }
    }

    private void unknownKeys(Map<String, Entry> entries) {
        for (Entry entry : entries.values()) {
            if (!KEYS.contains(entry.key())) {
                String hint = YamlMapping.hint(entry.key(), KEYS);
                problems.error(path, entry.line(), entry.column(), "unknown feedback rule key '" + entry.key() + "'"
                        + hint + "; the keys are " + String.join(", ", KEYS));
            }
        }
    }

    private Map<String, String> roles(Entry entry, String key, String what) {
        if (entry == null) {
            return Map.of();
        }
        if (!entry.value().isMapping()) {
            error(entry.value(), "'" + key + ":' maps a role (" + String.join(", ", FeedbackConfig.ROLES) + ") to "
                    + what);
            return Map.of();
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Entry role : entry.value().entries().values()) {
            if (!FeedbackConfig.ROLES.contains(role.key())) {
                String hint = YamlMapping.hint(role.key(), FeedbackConfig.ROLES);
                problems.error(path, role.line(), role.column(), "unknown role '" + role.key() + "'" + hint
                        + "; the roles are " + String.join(", ", FeedbackConfig.ROLES));
            } else if (role.value().items().isEmpty() && !role.value().isMapping()) {
                map.put(role.key(), role.value().text());
            } else {
                error(role.value(), "'" + role.key() + "' takes one name, not " + role.value().describe());
            }
        }
        return Map.copyOf(map);
    }


    private void error(YamlNode at, String message) {
        problems.error(path, at.line(), at.column(), message);
    }
}

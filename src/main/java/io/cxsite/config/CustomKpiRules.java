package io.cxsite.config;

import io.cxsite.config.YamlNode.Entry;
import io.cxsite.diagnostics.Problems;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads site.yaml's {@code kpis:}, the site's own KPIs, each mistake an error at its line and column;
 * a KPI with a mistake is left out (and its snapshot values then reported as undeclared).
 */
final class CustomKpiRules {
    /** The built-in KPIs' keys (io.cxsite.metrics.Kpi, which config cannot see) and a snapshot's own keys. */
    static final List<String> TAKEN = List.of("nps", "csat", "ces", "firstResponseTime", "resolutionTime",
            "retentionRate", "churnRate", "contacts", "clv", "period", "segment", "targets", "benchmarks");
    private static final List<String> FIELDS = List.of("name", "unit", "higherIsBetter", "rollUp", "decimals");
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern FREE_UNIT = Pattern.compile("\\p{Ll}[\\p{L} /]{0,29}");
    private static final List<String> UNITS = Arrays.stream(CustomKpi.Measure.values())
            .map(CustomKpi.Measure::keyword).filter(k -> !k.isEmpty()).toList();
    private static final List<String> RULES = Arrays.stream(CustomKpi.Rule.values())
            .map(CustomKpi.Rule::keyword).toList();

    private final String path;
    private final List<String> languages;
    private final Problems problems;

    private CustomKpiRules(String path, List<String> languages, Problems problems) {
        this.path = path;
        this.languages = languages;
        this.problems = problems;
    }

    /** The declared KPIs by key, in the order written. */
    static Map<String, CustomKpi> read(String path, YamlNode root, List<String> languages, Problems problems) {
        Entry entry = root.entries().get("kpis");
        if (entry == null) {
            return Map.of();
        }
        if (!entry.value().isMapping()) {
            problems.error(path, entry.value().line(), entry.value().column(), "'kpis:' is a mapping from a KPI's key"
                    + " to its declaration, such as purchaseFrequency: {name: Purchase frequency, unit: purchases,"
                    + " higherIsBetter: true, rollUp: mean}, found " + entry.value().describe());
            return Map.of();
        }
        CustomKpiRules rules = new CustomKpiRules(path, languages, problems);
        Map<String, CustomKpi> kpis = new LinkedHashMap<>();
        for (Entry kpi : entry.value().entries().values()) {
            rules.one(kpi).ifPresent(k -> kpis.put(k.key(), k));
        }
        return java.util.Collections.unmodifiableMap(kpis);
    }

    private Optional<CustomKpi> one(Entry kpi) {
        if (!key(kpi)) {
            return Optional.empty();
        }
        if (!kpi.value().isMapping()) {
            error(kpi.value(), "KPI '" + kpi.key() + "' is declared as a mapping {name: …, unit: …,"
                    + " higherIsBetter: …, rollUp: …}, found " + kpi.value().describe());
            return Optional.empty();
        }
        Map<String, Entry> fields = kpi.value().entries();
        for (Entry f : fields.values()) {
            if (!FIELDS.contains(f.key())) {
                problems.error(path, f.line(), f.column(), "unknown key '" + f.key() + "' in KPI '" + kpi.key() + "'"
                        + YamlMapping.hint(f.key(), FIELDS) + "; known keys: " + String.join(", ", FIELDS));
            }
        }
        Optional<Map<String, String>> names = names(kpi, fields.get("name"));
        Optional<String> unit = required(kpi, fields.get("unit"), "unit", "count, percent, days, hours, minutes,"
                + " seconds, a currency code such as SEK, or a word such as purchases").flatMap(this::unit);
        Optional<Boolean> higher = required(kpi, fields.get("higherIsBetter"), "higherIsBetter", "true or false")
                .flatMap(this::higherIsBetter);
        Optional<CustomKpi.Rule> rule = required(kpi, fields.get("rollUp"), "rollUp", String.join(", ", RULES))
                .flatMap(this::rule);
        CustomKpi.Measure measure = unit.map(CustomKpiRules::measure).orElse(CustomKpi.Measure.OTHER);
        Optional<Integer> decimals = decimals(fields.get("decimals"), measure);
        if (names.isEmpty() || unit.isEmpty() || higher.isEmpty() || rule.isEmpty() || decimals.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CustomKpi(kpi.key(), names.get(), unit.get(), measure, higher.get(), rule.get(),
                decimals.get()));
    }

    private boolean key(Entry kpi) {
        if (TAKEN.contains(kpi.key())) {
            problems.error(path, kpi.line(), kpi.column(), "'" + kpi.key() + "' is already a built-in KPI or a"
                    + " snapshot key (" + String.join(", ", TAKEN) + "); give your KPI another key");
            return false;
        }
        if (!KEY.matcher(kpi.key()).matches()) {
            problems.error(path, kpi.line(), kpi.column(), "KPI key '" + kpi.key() + "' must start with a lower-case"
                    + " letter and go on with letters and digits, such as purchaseFrequency");
            return false;
        }
        return true;
    }

    private Optional<YamlNode> required(Entry kpi, Entry field, String name, String expected) {
        if (field == null) {
            problems.error(path, kpi.line(), kpi.column(), "KPI '" + kpi.key() + "' needs '" + name + ":' (" + expected
                    + ")");
            return Optional.empty();
        }
        return Optional.of(field.value());
    }

    /** {@code name: Purchase frequency} or {@code name: {en: …, sv: …, nb: …}} with the site language's. */
    private Optional<Map<String, String>> names(Entry kpi, Entry field) {
        if (field == null) {
            problems.error(path, kpi.line(), kpi.column(), "KPI '" + kpi.key() + "' needs a 'name:', one text or one"
                    + " per language such as {en: Purchase frequency, sv: Köpfrekvens}");
            return Optional.empty();
        }
        Map<String, String> names = new LinkedHashMap<>();
        if (!field.value().isMapping()) {
            text(field.value()).ifPresent(t -> names.put("", t));
            return names.isEmpty() ? Optional.empty() : Optional.of(names);
        }
        for (Entry e : field.value().entries().values()) {
            if (!languages.contains(e.key())) {
                problems.error(path, e.line(), e.column(), "KPI '" + kpi.key() + "' has a name for '" + e.key()
                        + "', which is not one of the site's languages (" + String.join(", ", languages) + ")");
            } else {
                text(e.value()).ifPresent(t -> names.put(e.key(), t));
            }
        }
        String first = names.get(languages.get(0));
        if (first == null) {
            error(field.value(), "KPI '" + kpi.key() + "' needs a name in the site's language '" + languages.get(0)
                    + "', shown where no other language's fits");
            return Optional.empty();
        }
        names.put("", first);
        return Optional.of(names);
    }

    private Optional<String> text(YamlNode value) {
        if (value.kind() != YamlNode.Kind.STRING || value.text().isBlank()) {
            error(value, "a KPI's name is a text, found " + value.describe());
            return Optional.empty();
        }
        return Optional.of(value.text().strip());
    }

    private Optional<String> unit(YamlNode value) {
        String unit = value.kind() == YamlNode.Kind.STRING ? value.text().strip() : "";
        if (UNITS.contains(unit) || unit.matches("[A-Z]{3}") && isCurrency(unit)) {
            return Optional.of(unit);
        }
        String problem = unknownUnit(unit);
        if (problem == null && value.kind() == YamlNode.Kind.STRING) {
            return Optional.of(unit);
        }
        error(value, (problem == null ? "unknown unit " + value.describe() : problem) + "; a unit is count, percent,"
                + " days, hours, minutes, seconds, a currency code such as SEK, or a word such as purchases");
        return Optional.empty();
    }

    /** Why a unit that is not a keyword or currency cannot be free text either; null when it can. */
    private static String unknownUnit(String unit) {
        if (unit.equals("%")) {
            return "unknown unit '%' (did you mean 'percent'? shares are written 0.84 for 84 %)";
        }
        if (unit.matches("[A-Za-z]{3}") && isCurrency(unit.toUpperCase(java.util.Locale.ROOT))) {
            return unit.matches("[A-Z]{3}") ? null : "unknown unit '" + unit + "' (did you mean '"
                    + unit.toUpperCase(java.util.Locale.ROOT) + "'? currency codes are written in capitals)";
        }
        if (unit.matches("[A-Z]{3}")) {
            return "unknown currency code '" + unit + "', not an ISO 4217 code such as SEK, NOK or EUR";
        }
        // "percentage", "hour", "min": a keyword with letters added or cut off is a keyword misspelt.
        Optional<String> near = KeyHints.closest(unit, UNITS).or(() -> UNITS.stream()
                .filter(u -> unit.matches("\\p{L}+")
                        && (unit.startsWith(u) || unit.length() >= 3 && u.startsWith(unit)))
                .findFirst());
        if (near.isPresent()) {
            return "unknown unit '" + unit + "' (did you mean '" + near.get() + "'?)";
        }
        return FREE_UNIT.matcher(unit).matches() ? null : "unknown unit '" + unit + "'";
    }

    private static boolean isCurrency(String code) {
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    private static CustomKpi.Measure measure(String unit) {
        return Arrays.stream(CustomKpi.Measure.values()).filter(m -> m.keyword().equals(unit)).findFirst()
                .orElse(unit.matches("[A-Z]{3}") ? CustomKpi.Measure.CURRENCY : CustomKpi.Measure.OTHER);
    }

    private Optional<Boolean> higherIsBetter(YamlNode value) {
        // YAML 1.1 also reads yes, no, on and off as booleans; only true and false say it plainly.
        if (value.kind() == YamlNode.Kind.BOOLEAN && value.text().matches("true|false")) {
            return Optional.of(Boolean.parseBoolean(value.text()));
        }
        error(value, "'higherIsBetter' is true (a rise is good news) or false (a fall is), found " + value.describe());
        return Optional.empty();
    }

    private Optional<CustomKpi.Rule> rule(YamlNode value) {
        Optional<CustomKpi.Rule> rule = Arrays.stream(CustomKpi.Rule.values())
                .filter(r -> r.keyword().equals(value.text()) && value.kind() == YamlNode.Kind.STRING).findFirst();
        if (rule.isEmpty()) {
            error(value, "unknown rollUp " + value.describe() + YamlMapping.hint(value.text(), RULES)
                    + "; a KPI rolls up from months as one of " + String.join(", ", RULES));
        }
        return rule;
    }

    private Optional<Integer> decimals(Entry field, CustomKpi.Measure measure) {
        if (field == null) {
            return Optional.of(measure == CustomKpi.Measure.COUNT || measure == CustomKpi.Measure.CURRENCY ? 0 : 1);
        }
        YamlNode value = field.value();
        if (value.kind() == YamlNode.Kind.NUMBER && value.text().matches("[0-6]")) {
            return Optional.of(Integer.parseInt(value.text()));
        }
        error(value, "'decimals' is a whole number from 0 to 6, found " + value.describe());
        return Optional.empty();
    }

    private void error(YamlNode node, String message) {
        problems.error(path, node.line(), node.column(), message);
    }
}

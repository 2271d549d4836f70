package io.cxsite.config;

import io.cxsite.config.PlainYamlReader.Declined;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The kind Jackson's YAML parser gives a plain scalar: it asks SnakeYAML's resolver (YAML 1.1:
 * {@code yes} is a boolean, {@code ~} null, {@code .inf} a number) and reads integers its own way.
 * The commonest values (whole and decimal numbers, words, durations such as {@code 3m}, periods) are told
 * apart without the resolver's regular expressions, in ways that cannot disagree with them; forms
 * Jackson reads in its own way (octal, hexadecimal, underscores) are declined.
 */
final class PlainYamlTypes {
    /** The resolver Jackson's YAML parser asks, one per parser; it is only read after it is made. */
    private static final Resolver RESOLVER = new Resolver();
    /** The first characters the resolver has rules for; any other first character makes a string. */
    private static final Set<Character> RULE_STARTS = new RuleStarts().starts();
    /** Numbers longer than this go to the full parser, which alone knows its length limits. */
    private static final int MAX_NUMBER = 100;

    private PlainYamlTypes() {
    }

    static YamlNode.Kind of(String value) {
        if (decimal(value) || simpleFraction(value)) {
            return YamlNode.Kind.NUMBER;
        }
        if (!value.isEmpty() && RULE_STARTS != null && !RULE_STARTS.contains(value.charAt(0)) || wordLike(value)) {
            return YamlNode.Kind.STRING;
        }
        return resolved(value);
    }

    private static YamlNode.Kind resolved(String value) {
        Tag tag = RESOLVER.resolve(NodeId.scalar, value, true);
        if (Tag.INT.equals(tag)) {
            if (!decimal(value)) {
                throw Declined.INSTANCE; // octal, hexadecimal, binary, base 60 or with underscores
            }
            return YamlNode.Kind.NUMBER;
        }
        if (Tag.FLOAT.equals(tag)) {
            if (value.length() > MAX_NUMBER) {
                throw Declined.INSTANCE;
            }
            return YamlNode.Kind.NUMBER;
        }
        if (Tag.NULL.equals(tag)) {
            return YamlNode.Kind.NULL;
        }
        return Tag.BOOL.equals(tag) && jacksonBoolean(value) ? YamlNode.Kind.BOOLEAN : YamlNode.Kind.STRING;
    }

    /** {@code [-+]?(0|[1-9][0-9]*)}: integers Jackson reads as plain decimal numbers (and YAML 1.1 as integers). */
    private static boolean decimal(String value) {
        int sign = value.startsWith("-") || value.startsWith("+") ? 1 : 0;
        return value.length() > sign && value.length() <= MAX_NUMBER && digits(value, sign) == value.length()
                && (value.charAt(sign) != '0' || value.length() == sign + 1);
    }

    /** {@code [-+]?[0-9]+\.[0-9]+}, a float under every YAML 1.1 rule and nothing else. */
    private static boolean simpleFraction(String value) {
        int sign = value.startsWith("-") || value.startsWith("+") ? 1 : 0;
        int point = digits(value, sign);
        return point > sign && point < value.length() - 1 && value.charAt(point) == '.'
                && digits(value, point + 1) == value.length() && value.length() <= MAX_NUMBER;
    }

    /**
     * A digit, then only letters, digits, points and hyphens, in a way no YAML 1.1 number is written:
     * with a letter other than e (an exponent), or a hyphen after a digit ({@code 3m}, {@code 1.5d},
     * {@code 2026-10}). Numbers hold other letters only after 0x, 0b or 0o, and a hyphen only first or
     * after e; what else the resolver may find (a timestamp) Jackson reads as text too.
     */
    private static boolean wordLike(String value) {
        if (value.isEmpty() || value.charAt(0) < '0' || value.charAt(0) > '9'
                || value.length() > 1 && value.charAt(0) == '0' && "xXbBoO".indexOf(value.charAt(1)) >= 0) {
            return false;
        }
        boolean word = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (!letter && !digit && c != '.' && c != '-') {
                return false;
            }
            char before = i == 0 ? ' ' : value.charAt(i - 1);
            word |= letter && c != 'e' && c != 'E' || c == '-' && before >= '0' && before <= '9';
        }
        return word;
    }

    /** The index of the first character at or after {@code from} that is not an ASCII digit. */
    private static int digits(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The words Jackson's YAML parser reads as booleans (YAML 1.1: yes/no, on/off, true/false, y/n). */
    private static boolean jacksonBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "y", "n", "yes", "no", "on", "off", "true", "false" -> true;
            default -> false;
        };
    }

    /** Reads which first characters the resolver keeps rules for; null when some rule applies to any. */
    private static final class RuleStarts extends Resolver {
        Set<Character> starts() {
            if (yamlImplicitResolvers.containsKey(null)) {
                return null;
            }
            return Set.copyOf(new HashSet<>(yamlImplicitResolvers.keySet()));
        }
    }
}

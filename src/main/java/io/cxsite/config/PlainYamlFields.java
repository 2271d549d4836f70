package io.cxsite.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.cxsite.config.PlainYamlReader.Declined;
import io.cxsite.diagnostics.Problems;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The quick way to a {@link YamlMapping}: the text read by {@link PlainYamlReader} (front matter is
 * nearly always its plain block mappings, flow lists and block lists of scalars), each field's value
 * made into the Jackson node that {@link YamlMappingReader} would make. Declines wherever the two
 * could differ (a value Jackson cannot read as the number YAML calls it, such as {@code .inf}), and
 * the full reader then reads the text and reports any problem itself.
 */
final class PlainYamlFields {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlainYamlFields() {
    }

    /** The mapping as {@link YamlMappingReader} reads it, or empty when the text needs that reader. */
    static Optional<YamlMapping> tryRead(String path, String text, int lineOffset, Problems problems) {
        Optional<YamlNode> root = PlainYamlReader.read(text);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        try {
            Map<String, YamlField> fields = new LinkedHashMap<>();
            for (YamlNode.Entry entry : root.get().entries().values()) {
                fields.put(entry.key(), field(entry, lineOffset));
            }
            return Optional.of(new YamlMapping(path, fields, problems, true));
        } catch (Declined declined) {
            return Optional.empty();
        }
    }

    private static YamlField field(YamlNode.Entry entry, int lineOffset) {
        YamlNode value = entry.value();
        List<YamlField.At> items = new ArrayList<>();
        if (value.kind() == YamlNode.Kind.SEQUENCE) {
            for (YamlNode item : value.items()) {
                items.add(new YamlField.At(lineOffset + item.line(), item.column()));
            }
        }
        return new YamlField(entry.key(), json(value), lineOffset + entry.line(), entry.column(),
                lineOffset + value.line(), value.column(), List.copyOf(items));
    }

    /** The node Jackson's tree reader makes of {@code node}. */
    private static JsonNode json(YamlNode node) {
        return switch (node.kind()) {
            case MAPPING -> {
                ObjectNode object = NODES.objectNode();
                for (YamlNode.Entry entry : node.entries().values()) {
                    object.set(entry.key(), json(entry.value()));
                }
                yield object;
            }
            case SEQUENCE -> {
                ArrayNode array = NODES.arrayNode(node.items().size());
                for (YamlNode item : node.items()) {
                    array.add(json(item));
                }
                yield array;
            }
            case STRING -> TextNode.valueOf(node.text());
            case BOOLEAN -> BooleanNode.valueOf(trueWord(node.text()));
            case NULL -> NullNode.instance;
            case NUMBER -> number(node.text());
        };
    }

    /**
     * A number as Jackson reads it: a whole number by {@link #wholeNumber}; any other as a double,
     * where Java's own parsing is what Jackson does. Forms Java cannot parse ({@code .inf},
     * {@code .nan}) Jackson reports as errors, so they are declined.
     */
    private static JsonNode number(String text) {
        int sign = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (onlyOf(text, sign, "0123456789") && text.length() > sign) {
            return wholeNumber(text);
        }
        if (!onlyOf(text, 0, "0123456789.eE-+")) {
            throw Declined.INSTANCE;
        }
        try {
            return NODES.numberNode(Double.parseDouble(text));
        } catch (NumberFormatException notJava) {
            throw Declined.INSTANCE;
        }
    }

    /**
     * A whole number in the node type Jackson's YAML parser picks, which goes by the length of the
     * text rather than by the value: a '-' is not counted but a '+' is, so {@code +1000000000} is
     * a long although an int holds it. Up to 9 characters an int; up to 18 a long, or an int when
     * 10 characters fit one; 19 characters a long when the value fits one; else a big integer.
     */
    private static JsonNode wholeNumber(String text) {
        int length = text.startsWith("-") ? text.length() - 1 : text.length();
        if (length <= 9) {
            return NODES.numberNode(Integer.parseInt(text));
        }
        if (length <= 18) {
            long value = Long.parseLong(text);
            return length == 10 && value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
        }
        BigInteger value = new BigInteger(text);
        return length == 19 && value.bitLength() <= 63 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }

    /** Whether every character of {@code text} from {@code from} on is one of {@code allowed}. */
    private static boolean onlyOf(String text, int from, String allowed) {
        for (int i = from; i < text.length(); i++) {
            if (allowed.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** YAML 1.1's words for true, as the resolver finds them (the full reader gets VALUE_TRUE for these). */
    private static boolean trueWord(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "on", "true" -> true;
            default -> false;
        };
    }
}

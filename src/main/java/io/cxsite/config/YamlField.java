package io.cxsite.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One top-level key of a YAML mapping with its value and where both start in the file.
 * Lines and columns are 1-based and already include the offset of the enclosing file.
 */
public record YamlField(String key, JsonNode value, int line, int column, int valueLine, int valueColumn,
        List<At> items) {
    /** Where one item of a list value starts; {@code items} holds one per item, in order, for list values. */
    public record At(int line, int column) {
    }

    /** The position of item {@code index} of a list value; the value's own position for a single value. */
    public At itemAt(int index) {
        return index < items.size() ? items.get(index) : new At(valueLine, valueColumn);
    }
}

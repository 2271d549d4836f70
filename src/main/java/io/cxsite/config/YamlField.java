package io.cxsite.config;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One top-level key of a YAML mapping with its value and where both start in the file.
 * Lines and columns are 1-based and already include the offset of the enclosing file.
 */
public record YamlField(String key, JsonNode value, int line, int column, int valueLine, int valueColumn) {
}

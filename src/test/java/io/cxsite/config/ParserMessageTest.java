package io.cxsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParserMessageTest {
    @Test
    void dropsTheSourceExcerptJacksonAppends() {
        assertEquals("Unexpected close marker ']': expected '}'", ParserMessage.of("Unexpected close marker ']': expected '}'"
                + " (for Object starting at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled);"
                + " line: 1, column: 2])"));
        assertEquals("Unexpected end-of-input: expected close marker for Object", ParserMessage.of(
                "Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED; line: 1, column: 1])"));
        assertEquals("Unexpected character ('x')", ParserMessage.of("Unexpected character ('x')\n at [Source: (String)\"x\"; line: 1]"));
    }

    @Test
    void namesYamlEventsAsWhatTheAuthorWrote() {
        assertEquals("Expected a field name (Scalar value in YAML), got this instead: a mapping", ParserMessage.of(
                "Expected a field name (Scalar value in YAML), got this instead:"
                        + " <org.yaml.snakeyaml.events.MappingStartEvent(anchor=null, tag=null, implicit=true)>"));
    }

    @Test
    void neverPrintsControlCharacters() {
        assertEquals("bad \\u0000 byte", ParserMessage.of("bad \0 byte"));
        assertEquals("", ParserMessage.of((String) null));
    }
}

package io.cxsite.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cxsite.diagnostics.Problem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JSON or YAML parser said, in words fit for an author: the first line of its message,
 * without the excerpt of the source it appends ({@code [Source: ...]}, "starting at ...") and with
 * SnakeYAML's event class names ({@code <org.yaml.snakeyaml.events.MappingStartEvent(...)>})
 * spelt as what the author wrote (a mapping). The position comes from the parser's location, never
 * from this text.
 */
public final class ParserMessage {
    /** A parenthesised remark that points at the source: "(for Object starting at [Source: ...])". */
    private static final Pattern SOURCE_REMARK = Pattern.compile("\\s*\\((?:[^()]|\\([^()]*\\))*\\[Source:.*$");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source:.*$");
    private static final Pattern YAML_EVENT = Pattern.compile("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event\\b[^>]*>");

    private ParserMessage() {
    }

    /** The author-facing text of {@code e}'s message. */
    public static String of(JsonProcessingException e) {
        return of(e.getOriginalMessage());
    }

    /** The author-facing text of a parser's message; "" for none. */
    public static String of(String message) {
        if (message == null) {
            return "";
        }
        String first = message.lines().findFirst().orElse("");
        first = SOURCE_REMARK.matcher(first).replaceFirst("");
        first = SOURCE.matcher(first).replaceFirst("");
        Matcher event = YAML_EVENT.matcher(first);
        StringBuilder out = new StringBuilder();
        while (event.find()) {
            event.appendReplacement(out, Matcher.quoteReplacement(eventName(event.group(1))));
        }
        event.appendTail(out);
        return Problem.printable(out.toString().strip());
    }

    private static String eventName(String event) {
        return switch (event) {
            case "MappingStart", "MappingEnd" -> "a mapping";
            case "SequenceStart", "SequenceEnd" -> "a list";
            case "Scalar" -> "a value";
            case "Alias" -> "an alias";
            case "DocumentStart", "DocumentEnd", "StreamStart", "StreamEnd" -> "the end of the document";
            default -> "something else";
        };
    }
}

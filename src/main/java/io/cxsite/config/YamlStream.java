package io.cxsite.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * The one place cxsite opens YAML text (front matter, site.yaml, topics.yaml, snapshots, report and
 * flow blocks): its length is checked first, and anchors and aliases are refused where they stand.
 * Jackson reads {@code *t} as the text "t", so a value would quietly change, and expanding them is
 * how "billion laughs" works.
 */
final class YamlStream {
    /** Far above any real YAML file or block; callers check their own, smaller limits first. */
    static final int MAX_CHARS = 4 * 1024 * 1024;

    private static final YAMLFactory FACTORY = new YAMLFactory();

    /** An anchor or alias, 1-based within the text. */
    record Reference(int line, int column, String message) {
    }

    private YamlStream() {
    }

    static JsonParser open(String text) throws IOException {
        return FACTORY.createParser(text);
    }

    /** The problem with a text too long to parse, or null when its length is fine. */
    static String tooLong(String text) {
        return text.length() <= MAX_CHARS ? null : "YAML text of " + text.length() + " characters; the most cxsite"
                + " reads is " + MAX_CHARS + ", so split it or shorten it";
    }

    /**
     * Every anchor ({@code &t}) and alias ({@code *t}) in {@code text}, in order. The parser's own
     * events carry them with positions; text without '&' or '*' cannot hold one and is not scanned.
     * A syntax error ends the scan: Jackson reports it when the text is read.
     */
    static List<Reference> references(String text) {
        List<Reference> found = new ArrayList<>();
        if (text.indexOf('&') < 0 && text.indexOf('*') < 0) {
            return found;
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS + 1);
        try {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                String message = message(event);
                if (message != null) {
                    found.add(new Reference(event.getStartMark().getLine() + 1, event.getStartMark().getColumn() + 1,
                            message));
                }
            }
        } catch (YAMLException invalid) {
            return found;
        }
        return found;
    }

    private static String message(Event event) {
        if (event instanceof AliasEvent alias) {
            return "alias '*" + alias.getAnchor() + "' repeats an anchored value; cxsite reads no YAML anchors or"
                    + " aliases, so write the value out in full";
        }
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
            return "anchor '&" + node.getAnchor() + "'; cxsite reads no YAML anchors or aliases, so drop it and"
                    + " write each value out in full";
        }
        return null;
    }
}

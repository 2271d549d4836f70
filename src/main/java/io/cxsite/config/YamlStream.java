package io.cxsite.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * The one place cxsite opens YAML text (front matter, site.yaml, topics.yaml, snapshots, report and
 * flow blocks). It refuses anchors and aliases where they stand: Jackson reads {@code *t} as the
 * text "t", so a value would quietly change, and expanding them is how "billion laughs" works.
 */
final class YamlStream {
    /** Far above any real YAML file or block; callers check their own, smaller limits first. */
    static final int MAX_CHARS = 4 * 1024 * 1024;

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlStream() {
    }

    /** A parser over {@code text} that fails, at the token, on an anchor or an alias. */
    static JsonParser open(String text) throws IOException {
        return new Guarded((YAMLParser) FACTORY.createParser(text));
    }

    /** The problem with a text too long to parse, or null when its length is fine. */
    static String tooLong(String text) {
        return text.length() <= MAX_CHARS ? null : "YAML text of " + text.length() + " characters; the most cxsite"
                + " reads is " + MAX_CHARS + ", so split it or shorten it";
    }

    private static final class Guarded extends JsonParserDelegate {
        private final YAMLParser yaml;

        Guarded(YAMLParser yaml) {
            super(yaml);
            this.yaml = yaml;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            refuseReferences();
            return token;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = super.nextValue();
            refuseReferences();
            return token;
        }

        private void refuseReferences() throws IOException {
            if (yaml.isCurrentAlias()) {
                throw new JsonParseException(this, "alias '*" + yaml.getText() + "' repeats an anchored value;"
                        + " cxsite reads no YAML anchors or aliases, so write the value out in full",
                        yaml.currentTokenLocation());
            }
            String anchor = yaml.getCurrentAnchor();
            if (anchor != null) {
                throw new JsonParseException(this, "anchor '&" + anchor + "'; cxsite reads no YAML anchors or"
                        + " aliases, so drop it and write each value out in full", yaml.currentTokenLocation());
            }
        }
    }
}

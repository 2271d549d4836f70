package io.cxsite.feedback;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cxsite.config.FeedbackConfig;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one JSON answer object into cells by role: nested objects are flattened to their keys, and
 * each key's role is worked out once, from site.yaml's {@code columns:} or from its name.
 */
final class JsonAnswer {
    /** In {@link #roleOfKey}: the key holds whether the answer was finished. */
    private static final int FINISHED = -2;

    private final Answers answers;
    private final Map<String, Integer> roleOfKey = new HashMap<>();
    private final String[] values = new String[FeedbackConfig.ROLES.size()];
    /** Roles site.yaml gives to a key of its own: no other key is guessed into them. */
    private final boolean[] ruled = new boolean[FeedbackConfig.ROLES.size()];

    JsonAnswer(ExportFile export) {
        this.answers = export.answers(Optional.empty());
        export.columns().forEach((role, key) -> {
            roleOfKey.put(key, FeedbackConfig.ROLES.indexOf(role));
            ruled[FeedbackConfig.ROLES.indexOf(role)] = true;
        });
    }

    /** Reads the object the parser has just opened as the answer at {@code line}. */
    void read(JsonParser p, long line) throws IOException {
        Arrays.fill(values, null);
        String[] finished = {null};
        fields(p, finished);
        answers.row(line, values, finished[0], null);
    }

    private void fields(JsonParser p, String[] finished) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT) {
                fields(p, finished);
                continue;
            }
            if (value == JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            String text = value == JsonToken.VALUE_NULL ? "" : p.getText();
            int role = roleOfKey.computeIfAbsent(key, this::guessRole);
            if (role >= 0 && values[role] == null) {
                values[role] = text;
            } else if (role == FINISHED || role >= 0 && isFinished(key)) {
                finished[0] = text;
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new JsonProcessingException("unexpected " + t, p.currentLocation()) {
            };
        }
    }

    /** The role of {@code key}, or {@link #FINISHED} for the finished flag, else -1; worked out once per key. */
    private int guessRole(String key) {
        int role = ExportLayout.roleOfKey(key);
        if (role >= 0 && !ruled[role]) {
            return role;
        }
        return isFinished(key) ? FINISHED : -1;
    }

    private static boolean isFinished(String key) {
        String folded = ExportLayout.key(key);
        return folded.equals("finished") || folded.equals("completed");
    }
}

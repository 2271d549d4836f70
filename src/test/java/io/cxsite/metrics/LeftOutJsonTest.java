package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.feedback.Cell;
import io.cxsite.feedback.Counts;
import io.cxsite.feedback.FeedbackData;
import io.cxsite.feedback.Topics;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** metrics.json says, per export and reason, how many rows were left out as previews, tests or spam. */
class LeftOutJsonTest {
    @Test
    void leftOutRowsAreListedByFileThenReason() {
        FeedbackData feedback = new FeedbackData(Topics.NONE, new TreeMap<>(Map.of(Cell.of(LocalDate.of(2026, 10, 5),
                "", "", ""), Counts.of(10, 1))), Map.of(), List.of(), List.of("content/feedback/b.csv",
                "content/feedback/a.csv"), 1, 0, 0, Map.of("content/feedback/b.csv", Map.of("spam", 1L),
                "content/feedback/a.csv", Map.of("test", 1L, "preview", 2L)));
        String json = new String(MetricsJson.write(new Metrics(List.of(), feedback)), StandardCharsets.UTF_8)
                .replaceAll("\\s", "");
        assertTrue(json.contains("\"badRows\":0,\"leftOut\":["
                + "{\"source\":\"content/feedback/a.csv\",\"reason\":\"preview\",\"rows\":2},"
                + "{\"source\":\"content/feedback/a.csv\",\"reason\":\"test\",\"rows\":1},"
                + "{\"source\":\"content/feedback/b.csv\",\"reason\":\"spam\",\"rows\":1}],"), json);
    }
}

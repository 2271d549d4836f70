package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.feedback.FeedbackData;
import io.cxsite.feedback.Topics;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** metrics.json says, per export and reason, how many rows were left out as previews, tests or spam. */
class LeftOutJsonTest {
    @Test
    void leftOutRowsAreListedByFileThenReason() {
        FeedbackData.Counts counts = new FeedbackData.Counts();
        counts.promoters = 1;
        FeedbackData feedback = new FeedbackData(Topics.NONE, Map.of(new FeedbackData.Cell(LocalDate.of(2026, 10, 5),
                "", "", ""), counts), Map.of(), Map.of(), List.of(), List.of("content/feedback/b.csv",
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

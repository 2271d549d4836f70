package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.config.FeedbackConfig;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Qualtrics's Status column: previews, tests and spam are no customer's answers. They are left out of
 * every count and reported once per file, with how many of each and the first line.
 */
class QualtricsStatusTest {
    @Test
    void previewsTestsAndSpamAreLeftOutAndReportedOncePerFile() throws IOException {
        Problems problems = new Problems();
        FeedbackData data = read("qualtrics-previews.csv", problems);

        assertEquals(3, data.responses(), "two real answers through the link and one imported");
        assertEquals(Map.of("content/feedback/qualtrics-previews.csv", Map.of("preview", 2L, "spam", 1L, "test", 1L)),
                data.leftOut());
        assertEquals(List.of("content/feedback/qualtrics-previews.csv:5:1: info: 4 rows left out of every figure:"
                + " 2 survey previews, 1 marked as spam, 1 survey test, as the export's Status column marks them"),
                messages(problems));
        assertEquals(List.of(1L, 1L, 1L), groups(data), "promoters, passives, detractors: 9, 8 (imported) and 6");
    }

    @Test
    void numericStatusesCountZeroLeaveOutPreviewsAndWarnAboutCodesNotKnown() throws IOException {
        Problems problems = new Problems();
        FeedbackData data = read("qualtrics-numeric-status.csv", problems);

        assertEquals(2, data.responses());
        String file = "content/feedback/qualtrics-numeric-status.csv";
        assertEquals(List.of(
                file + ":5:1: info: 1 row left out of every figure: 1 survey preview, as the export's Status column"
                        + " marks them",
                file + ":6:1: warning: 1 row left out of every figure: 1 with status 8; cxsite tells answers (0, IP"
                        + " Address, Imported, Offline) from previews (1, Survey Preview), tests and spam, and nothing"
                        + " else: export the responses with choice text instead of numeric values, so that each row"
                        + " names its kind"),
                messages(problems));
    }

    @Test
    void statusLabelsAndCodes() {
        assertEquals(Optional.empty(), QualtricsStatus.leftOut("IP Address"));
        assertEquals(Optional.empty(), QualtricsStatus.leftOut("0"));
        assertEquals(Optional.empty(), QualtricsStatus.leftOut("Imported"));
        assertEquals(Optional.empty(), QualtricsStatus.leftOut(""));
        assertEquals(Optional.of("preview"), QualtricsStatus.leftOut("Survey Preview"));
        assertEquals(Optional.of("preview"), QualtricsStatus.leftOut("1"));
        assertEquals(Optional.of("test"), QualtricsStatus.leftOut("Survey Test"));
        assertEquals(Optional.of("spam"), QualtricsStatus.leftOut("Spam"));
        assertEquals(Optional.of("status 16"), QualtricsStatus.leftOut("16"));
    }

    private static FeedbackData read(String name, Problems problems) throws IOException {
        FeedbackCollector collector = new FeedbackCollector(Topics.NONE, LocalDate.of(2027, 1, 1), problems);
        String source = "content/feedback/" + name;
        collector.startFile(source);
        ExportReader.read(ExportReaderTest.fixture(name), source, FeedbackConfig.DEFAULT_ZONE, Optional.empty(),
                collector, problems);
        return collector.finish();
    }

    private static List<Long> groups(FeedbackData data) {
        Counts sum = data.counts().entrySet().stream().filter(e -> e.getKey().allAnswers()).map(Map.Entry::getValue)
                .reduce(Counts.ZERO, Counts::plus);
        return List.of(sum.promoters(), sum.passives(), sum.detractors());
    }

    private static List<String> messages(Problems problems) {
        return problems.sorted().stream().map(Problem::format).toList();
    }
}

package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts past the int range, counts past what cxsite counts, and numbers that are not numbers. */
public class SnapshotNumbersTest {
    /** The day these tests run on: after every snapshot they write. */
    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2027, 1, 1);

    @TempDir
    Path dir;

    private List<String> load(String site) throws IOException {
        TestSite.write(dir, site);
        Problems problems = new Problems();
        Metrics metrics = MetricsLoader.load(dir, TODAY, problems);
        MetricsJson.write(metrics); // must not throw on anything the loader let through
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void billionsOfAnswersCountAsThemselves() throws IOException {
        TestSite.write(dir, """
                -- content/metrics/2026-10.yaml --
                period: 2026-10
                nps: {promoters: 3000000000, passives: 0, detractors: 1000000000}
                -- content/metrics/2026-11.yaml --
                period: 2026-11
                nps: {promoters: 3000000000, passives: 0, detractors: 1000000000}
                """);
        Problems problems = new Problems();
        Metrics metrics = MetricsLoader.load(dir, TODAY, problems);
        assertEquals(List.of(), problems.sorted());
        Nps october = metrics.get(Period.month(2026, 10), Optional.empty()).orElseThrow().nps().orElseThrow();
        assertEquals(3_000_000_000L, october.promoters());
        assertEquals(50.0, october.score(), 1e-9);
        Nps quarter = metrics.get(Period.parse("2026-Q4").orElseThrow(), Optional.empty()).orElseThrow().nps()
                .orElseThrow();
        assertEquals(8_000_000_000L, quarter.responses());
        String json = new String(MetricsJson.write(metrics), StandardCharsets.UTF_8).replaceAll("\\s", "");
        assertTrue(json.contains("\"responses\":8000000000,\"promoters\":6000000000"), json);
    }

    @Test
    void channelCountsThatWouldWrapDoNotAddUp() throws IOException {
        // 2^32 promoters on the phone wrapped to 0 as an int and so "matched" a total of 0.
        assertEquals(List.of("content/metrics/2026-10.yaml:7:5: error: NPS by channel adds up to 4294967296/0/1"
                + " promoters/passives/detractors but the totals are 0/0/1; every answer belongs to exactly one channel"),
                load("""
                        -- content/metrics/2026-10.yaml --
                        period: 2026-10
                        nps:
                          promoters: 0
                          passives: 0
                          detractors: 1
                          byChannel:
                            phone: {promoters: 4294967296, passives: 0, detractors: 1}
                        """));
    }

    @Test
    void countsNearTheLongLimitAreRefusedAtTheirLineInsteadOfWrappingInTheYear() throws IOException {
        List<String> problems = load("""
                -- content/metrics/2026-01.yaml --
                period: 2026-01
                contacts:
                  phone: 9000000000000000000
                -- content/metrics/2026-02.yaml --
                period: 2026-02
                contacts:
                  phone: 9000000000000000000
                  chat: 99999999999999999999
                """);
        String limit = "more than the 1,000,000,000,000,000 cxsite counts at most; check the figure (an ID or a sum"
                + " in the wrong column?)";
        assertEquals(List.of(
                "content/metrics/2026-01.yaml:3:10: error: 'phone' is 9000000000000000000, " + limit,
                "content/metrics/2026-02.yaml:3:10: error: 'phone' is 9000000000000000000, " + limit,
                "content/metrics/2026-02.yaml:4:9: error: 'chat' is 99999999999999999999, " + limit), problems);
    }

    @Test
    void contactsOfOneMonthMayNotAddUpPastTheLimit() throws IOException {
        assertEquals(List.of("content/metrics/2026-01.yaml:4:9: error: 'contacts' adds up to more than the"
                + " 1,000,000,000,000,000 cxsite counts at most here; check the figures"), load("""
                        -- content/metrics/2026-01.yaml --
                        period: 2026-01
                        contacts:
                          phone: 600000000000000
                          chat: 600000000000000
                        """));
    }

    @Test
    void notANumberAndInfinityAreRefusedAtTheirPosition() throws IOException {
        List<String> problems = load("""
                -- content/metrics/2026-10.yaml --
                period: 2026-10
                csat: .nan
                ces: .inf
                clv: {amount: .NaN, currency: SEK}
                retentionRate: -.inf
                targets:
                  nps: 1e999
                """);
        assertEquals(List.of(
                "content/metrics/2026-10.yaml:2:7: error: expected a share from 0 to 1 (0.84 for 84 %), found .nan,"
                        + " which is not a finite number; write the figure itself",
                "content/metrics/2026-10.yaml:3:6: error: expected a mean on the 1-7 scale, found .inf, which is not"
                        + " a finite number; write the figure itself",
                "content/metrics/2026-10.yaml:4:15: error: expected an amount of money, 0 or more, found .NaN, which"
                        + " is not a finite number; write the figure itself",
                "content/metrics/2026-10.yaml:5:16: error: expected a share from 0 to 1 (0.84 for 84 %), found -.inf,"
                        + " which is not a finite number; write the figure itself",
                "content/metrics/2026-10.yaml:7:8: error: expected an NPS from -100 to 100, found 1e999, which is not"
                        + " a finite number; write the figure itself"), problems);
    }
}

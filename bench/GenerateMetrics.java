import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Adds metric snapshots and a report section to a site made by GenerateSite, for the report
 * benchmark: P consecutive months (ending 2026-10) for all customers and S segments each, and a
 * report page with every chart over the whole range.
 *
 * <pre>java bench/GenerateMetrics.java SITE_DIR P S</pre>
 *
 * Deterministic for given P and S. Segment counts add up to the all-customer counts.
 */
public class GenerateMetrics {
    static final String[] CHANNELS = {"phone", "chat", "email", "web"};

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java bench/GenerateMetrics.java SITE_DIR PERIODS SEGMENTS");
            System.exit(2);
        }
        Path site = Path.of(args[0]);
        int periods = Integer.parseInt(args[1]);
        int segments = Integer.parseInt(args[2]);
        Path metrics = site.resolve("content/metrics");
        Files.createDirectories(metrics);
        Random random = new Random(0xC0FFEEL);
        int year = 2026;
        int month = 10;
        // Walk back to the first month, then forward.
        for (int i = 1; i < periods; i++) {
            if (--month == 0) {
                month = 12;
                year--;
            }
        }
        int files = 0;
        for (int i = 0; i < periods; i++) {
            String key = String.format(Locale.ROOT, "%d-%02d", year, month);
            int[][] bySegment = new int[segments][3];
            int[] total = new int[3];
            for (int s = 0; s < segments; s++) {
                int n = 40 + random.nextInt(40);
                int promoters = (int) (n * (0.35 + random.nextDouble() * 0.25));
                int detractors = (int) ((n - promoters) * (0.3 + random.nextDouble() * 0.4));
                bySegment[s] = new int[] {promoters, n - promoters - detractors, detractors};
                for (int g = 0; g < 3; g++) {
                    total[g] += bySegment[s][g];
                }
            }
            write(metrics.resolve(key + ".yaml"), snapshot(key, null, total, random, i == 0));
            files++;
            for (int s = 0; s < segments; s++) {
                write(metrics.resolve(key + ".seg" + s + ".yaml"), snapshot(key, "seg" + s, bySegment[s], random, false));
                files++;
            }
            if (++month == 13) {
                month = 1;
                year++;
            }
        }
        Path reports = site.resolve("content/reports");
        Files.createDirectories(reports);
        write(reports.resolve("_index.md"), "---\ntitle: Reports\naudience: internal\n---\nAll periods.\n\n"
                + "```cx-kpi\n```\n");
        StringBuilder page = new StringBuilder("---\ntitle: Every chart\n---\n");
        for (String chart : new String[] {"nps-trend", "nps-groups", "nps-by-channel", "nps-by-segment",
                "contacts-by-channel", "first-response-time", "csat-trend", "ces-trend"}) {
            page.append("## ").append(chart).append("\n\n```cx-chart ").append(chart).append("\n```\n\n");
            page.append("```cx-chart ").append(chart).append(" by=quarter\n```\n\n");
        }
        write(reports.resolve("every-chart.md"), page.toString());
        System.out.println("wrote " + files + " snapshots (" + periods + " months x " + (segments + 1)
                + " files) and 2 report pages into " + site);
    }

    static String snapshot(String key, String segment, int[] nps, Random random, boolean targets) {
        StringBuilder y = new StringBuilder();
        y.append("period: ").append(key).append('\n');
        if (segment != null) {
            y.append("segment: ").append(segment).append('\n');
        }
        y.append("nps:\n  promoters: ").append(nps[0]).append("\n  passives: ").append(nps[1])
                .append("\n  detractors: ").append(nps[2]).append('\n');
        if (segment == null) {
            // Split the all-customer answers over channels so they add up.
            y.append("  byChannel:\n");
            int[] left = nps.clone();
            for (int c = 0; c < CHANNELS.length; c++) {
                int[] part = new int[3];
                for (int g = 0; g < 3; g++) {
                    part[g] = c == CHANNELS.length - 1 ? left[g] : left[g] / (CHANNELS.length - c);
                    left[g] -= part[g];
                }
                y.append("    ").append(CHANNELS[c]).append(": {promoters: ").append(part[0]).append(", passives: ")
                        .append(part[1]).append(", detractors: ").append(part[2]).append("}\n");
            }
        }
        double churn = 0.005 + random.nextInt(10) / 1000.0;
        y.append(String.format(Locale.ROOT, "csat: %.3f%nces: %.2f%nretentionRate: %.3f%nchurnRate: %.3f%n",
                0.75 + random.nextDouble() * 0.15, 4.8 + random.nextDouble(), 1 - churn, churn));
        y.append("firstResponseTime: {phone: ").append(2 + random.nextInt(10)).append("m, chat: ")
                .append(30 + random.nextInt(90)).append("s, email: ").append(30 + random.nextInt(200)).append("m}\n");
        y.append("resolutionTime: {phone: ").append(2 + random.nextInt(20)).append("h, email: 1.5d}\n");
        y.append("contacts: {phone: ").append(800 + random.nextInt(400)).append(", chat: ")
                .append(600 + random.nextInt(400)).append(", email: ").append(400 + random.nextInt(300)).append("}\n");
        y.append("clv: {amount: ").append(13000 + random.nextInt(2000)).append(", currency: SEK}\n");
        if (targets) {
            y.append("targets: {nps: 30, csat: 0.85, ces: 5.5, firstResponseTime: {phone: 5m, chat: 1m, email: 1h}}\n");
        }
        return y.toString();
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

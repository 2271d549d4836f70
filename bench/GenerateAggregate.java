import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an aggregated export (.agg.csv) of about ANSWERS answers, as a warehouse would: one row per
 * day, channel, segment, language and score, and beside about one in seven a row for one topic that
 * some of its answers mention (about 100,000 rows for 10 million answers over eleven months). Topic ids are read from TOPICS (a topics.yaml). Seeded, so the file is the same
 * every run.
 *
 * <pre>java bench/GenerateAggregate.java OUT.agg.csv ANSWERS FIRST-DAY LAST-DAY TOPICS.yaml</pre>
 */
public class GenerateAggregate {
    private static final String[] CHANNELS = {"chat", "email", "phone", "web"};
    private static final String[] SEGMENTS = {"business", "household"};
    private static final String[] LANGUAGES = {"en", "nb", "sv"};
    /** Share of answers per score 0-10: NPS around +30, as the sample. */
    private static final double[] SCORES = {0.02, 0.01, 0.02, 0.03, 0.03, 0.05, 0.06, 0.12, 0.16, 0.22, 0.28};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long answers = Long.parseLong(args[1]);
        LocalDate first = LocalDate.parse(args[2]);
        LocalDate last = LocalDate.parse(args[3]);
        List<String> topics = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*- id: (\\S+)").matcher(Files.readString(Path.of(args[4])));
        while (m.find()) {
            topics.add(m.group(1));
        }
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        double perCell = (double) answers / (days * CHANNELS.length * SEGMENTS.length * LANGUAGES.length);
        Random random = new Random(42);
        long rows = 0;
        long total = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("day,channel,segment,language,topic,score,count\n");
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                for (String channel : CHANNELS) {
                    for (String segment : SEGMENTS) {
                        for (String language : LANGUAGES) {
                            for (int score = 0; score <= 10; score++) {
                                long count = Math.round(perCell * SCORES[score] * (0.5 + random.nextDouble()));
                                if (count == 0) {
                                    continue;
                                }
                                String key = day + "," + channel + "," + segment + "," + language + ",";
                                w.write(key + "," + score + "," + count + "\n");
                                rows++;
                                total += count;
                                if (random.nextInt(100) < 15) {
                                    String topic = topics.get(random.nextInt(topics.size()));
                                    w.write(key + topic + "," + score + "," + (count * 3 / 10) + "\n");
                                    rows++;
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.println("wrote " + out + ": " + rows + " rows, " + total + " answers");
    }
}

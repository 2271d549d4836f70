package io.cxsite.config;

import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How survey exports under {@code content/feedback/} are read: the site's time zone, and the
 * {@code feedback:} rules of site.yaml that override what the readers would detect.
 *
 * @param timeZone where days begin and end: an answer at 23:30 UTC on 30 June is a July answer in Stockholm
 * @param rules    in file order; the first whose pattern matches a file applies to it
 */
public record FeedbackConfig(ZoneId timeZone, List<Rule> rules) {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");
    public static final FeedbackConfig DEFAULTS = new FeedbackConfig(DEFAULT_ZONE, List.of());

    /** The formats a rule may name; detection picks one of them when no rule does. */
    public static final List<String> FORMATS =
            List.of("qualtrics", "surveymonkey", "delighted", "typeform", "csv", "json", "jsonl");

    /** The columns a rule may map, by their role. */
    public static final List<String> ROLES =
            List.of("date", "score", "comment", "channel", "segment", "language", "csat", "ces");

    /**
     * One {@code feedback:} entry.
     *
     * @param files      a glob relative to {@code content/feedback/}, such as {@code crm-*.csv}
     * @param format     one of {@link #FORMATS}, or empty to detect it from the header
     * @param delimiter  the CSV field separator, or empty to detect it from the header line
     * @param encoding   the file's encoding, or empty to detect it (BOM, then UTF-8, else Windows-1252)
     * @param headerRows rows before the first answer; 0 to use the format's own count
     * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern, or empty for the built-in forms
     * @param timeZone   the zone the export's times are written in, when not the site's and not in the text
     * @param columns    role (one of {@link #ROLES}) to the exact column name or JSON key
     * @param defaults   role to the value used when the export has no such column or leaves it empty
     * @param line       where the entry starts in site.yaml, for messages
     */
    public record Rule(String files, Optional<String> format, Optional<Character> delimiter, Optional<Charset> encoding,
            int headerRows, Optional<String> dateFormat, Optional<ZoneId> timeZone, Map<String, String> columns,
            Map<String, String> defaults, int line) {

        public boolean matches(String relativePath) {
            PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + files);
            return glob.matches(Path.of(relativePath));
        }
    }

    /** The rule for a file under {@code content/feedback/} (path relative to that folder, with {@code /}). */
    public Optional<Rule> ruleFor(String relativePath) {
        return rules.stream().filter(r -> r.matches(relativePath)).findFirst();
    }
}

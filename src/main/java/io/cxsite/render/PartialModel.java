package io.cxsite.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;

/**
 * What the partial templates of report blocks and flows see ({@code partials/*.peb}, see
 * {@link Partial}). Plain strings, already formatted; an empty string means "none". Everything is
 * escaped by the template except the {@link SafeString}s, which are markup cxsite made itself (the
 * chart writer's SVG and table) or the author's Markdown.
 */
final class PartialModel {
    private PartialModel() {
    }

    /**
     * A {@code cx-kpi} block: {@code period} as "September 2026", {@code segment} and
     * {@code comparedWith} (the period changes are measured against) empty when none.
     */
    public record KpiCards(String period, String segment, String comparedWith, List<KpiCard> cards,
            String caption) {
    }

    /**
     * One KPI. {@code value} is empty when the period has none; {@code status} is {@code met},
     * {@code missed} or empty (no value or no target); {@code responses} and {@code margin} (±) are
     * NPS's, else empty; {@code change} is null when the previous period has no value. A
     * {@code byChannel} card shows {@code channels} instead of one value.
     */
    public record KpiCard(String key, String name, boolean byChannel, String value, String status,
            String margin, String responses, KpiChange change, String target, List<ChannelFigure> channels,
            List<Promise> promises, SafeString sparkline, String benchmark) {
    }

    /**
     * What the help centre promises for a channel's first answer against what the period measured
     * (first response time cards only): {@code gap} as "+36 min" when not {@code kept}, else empty.
     */
    public record Promise(String channel, String promised, String measured, boolean kept, String gap) {
    }

    /**
     * A change against the previous period: {@code direction} up, down or flat, {@code tone}
     * better, worse or neutral (flat, within noise or too few answers to tell), {@code text} as
     * "+8.3", {@code against} as "Aug 2026"; {@code verdict} is likely-real, within-noise, too-few
     * or empty (the data gives nothing to test with), {@code verdictText} the same in the page's words.
     */
    public record KpiChange(String direction, String tone, String text, String against, boolean withinNoise,
            String verdict, String verdictText) {
    }

    /**
     * A duration on one channel; {@code status} met or missed against {@code target}, both empty
     * without one; {@code change} null unless the previous period has this channel's value too.
     */
    public record ChannelFigure(String channel, String value, String status, String target, KpiChange change) {
    }

    /**
     * A report page laid out as a dashboard: its parts in order, each either running text (one
     * section of rendered HTML) or a grid whose sections are chart panels.
     */
    public record Dashboard(List<DashboardPart> parts) {
    }

    /** Running text ({@code grid} false) or a grid of panels, each section rendered HTML. */
    public record DashboardPart(boolean grid, List<SafeString> sections) {
    }

    /**
     * A chart: its SVG and data table, title, the block's caption and the URLs of its CSV, SVG and
     * PNG (twice the SVG's size, for slides) files.
     */
    public record Figure(String id, SafeString svg, String title, String caption, SafeString table, String csvUrl,
            String svgUrl, String pngUrl) {
    }

    /**
     * A {@code cx-drivers} block: {@code period} is empty when no comment matches a topic yet;
     * {@code figure} (the top ten as bars) and {@code map} (importance against performance) are null
     * when there is no row; {@code quotes} the period's newest comments on the top topics;
     * {@code level} the confidence level in per cent ("95").
     */
    public record Drivers(String period, List<Driver> rows, Figure figure, Figure map, List<TopicQuotes> quotes,
            String level) {
    }

    /**
     * One topic: shares and impact formatted ("12 %", "−20.5", "3.1"); {@code interval} the impact's
     * confidence interval ("1.2–5.0"); {@code verdict} a key for markup ({@code drives}, {@code spares},
     * {@code within-noise}, {@code too-few}, or empty) and {@code verdictText} it in words.
     */
    public record Driver(String topic, boolean critical, long mentions, String detractorShare, String promoterShare,
            String nps, String impact, String interval, String verdict, String verdictText) {
    }

    /** A topic's newest comments in the period, redacted (the template escapes them). */
    public record TopicQuotes(String topic, List<Verbatim> comments) {
    }

    /** A {@code cx-verbatims} block: the topic in lower case and a group per kind of customer asked for. */
    public record Verbatims(String topic, List<VerbatimGroup> groups) {
    }

    /** {@code who} is detractors or promoters. */
    public record VerbatimGroup(String who, List<Verbatim> comments) {
    }

    /**
     * A customer's comment, redacted (still untrusted: the template escapes it). {@code date} as
     * "3 Oct 2026"; {@code channel} and {@code language} empty when unknown; {@code topics} joined by commas.
     */
    public record Verbatim(String text, int score, String date, String channel, String language, String topics) {
    }

    /**
     * A {@code cx-critical} block: detractor comments on critical topics in {@code month}, the
     * critical topics' names joined by commas.
     */
    public record Critical(String topics, String month, List<Verbatim> comments) {
    }

    /**
     * A troubleshooting flow; {@code solved} is the id of its last step, {@code tellUs} a URL or empty.
     * Its words come as {@code t}, the theme's words of the page's language.
     */
    public record Flow(String id, String start, String solved, List<FlowStep> steps, String tellUs) {
    }

    /**
     * A step: a {@code question} with {@code choices}, or an instruction with a {@code body} (null
     * when empty) and its two answers, {@code solved} and {@code no}.
     */
    public record FlowStep(String id, boolean question, String title, List<FlowChoice> choices, SafeString body,
            FlowChoice solved, FlowChoice no) {
    }

    /** A link to the next step: {@code anchor} its element id, {@code next} the step id. */
    public record FlowChoice(String label, String anchor, String next) {
    }

    /** The page's {@code #contact} for flows when it has none; {@code href} the flow's tellUs URL or empty. */
    public record FlowContact(String id, String href) {
    }
}

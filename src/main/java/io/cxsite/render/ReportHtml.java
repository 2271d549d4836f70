package io.cxsite.render;

import io.cxsite.charts.ChartSpec;
import io.cxsite.charts.ChartTable;
import io.cxsite.charts.SvgChart;
import io.cxsite.config.Durations;
import io.cxsite.config.SiteConfig;
import io.cxsite.metrics.Kpi;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Nps;
import io.cxsite.metrics.Period;
import io.cxsite.metrics.Snapshot;
import io.cxsite.site.ReportSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTML of {@code cx-kpi} cards and {@code cx-chart} figures. Each chart is drawn once per build
 * however many pages show it (its id is a hash of its data), and is also published as
 * {@code charts/<id>.svg} and {@code charts/<id>.csv}.
 */
final class ReportHtml {
    static final String CHARTS = "charts/";

    /**
     * Charts drawn by this process, by id (a hash of all they show): when {@code serve} rebuilds
     * after an edit, only charts whose data changed are drawn again.
     */
    static final ChartCache DRAWN = new ChartCache(4096);

    private final Metrics metrics;
    private final ReportCharts charts;
    private final ReportFeedback feedback;
    private final String language;
    private final String base;
    private final Map<String, String> svgById = new ConcurrentHashMap<>();
    private final Map<String, String> csvById = new ConcurrentHashMap<>();

    ReportHtml(Metrics metrics, SiteConfig config) {
        this.metrics = metrics;
        this.charts = new ReportCharts(metrics, config);
        this.feedback = new ReportFeedback(metrics);
        this.language = config.language();
        this.base = config.basePath();
    }

    String html(ReportSpec spec) {
        return switch (spec.kind()) {
            case KPI -> cards(spec);
            case CHART -> figure(charts.chart(spec), spec.caption());
            case DRIVERS -> feedback.driversHtml(spec, chart -> figure(chart, spec.caption()), language);
            case VERBATIMS -> feedback.verbatimsHtml(spec, language);
            case CRITICAL -> feedback.criticalHtml(language);
        };
    }

    /** Every chart drawn so far, as files to publish, sorted by path. */
    List<OutputFile> files() {
        List<OutputFile> files = new java.util.ArrayList<>();
        svgById.forEach((id, svg) -> files.add(OutputFile.text(CHARTS + id + ".svg", "image/svg+xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n")));
        csvById.forEach((id, csv) -> files.add(OutputFile.text(CHARTS + id + ".csv", "text/csv", csv)));
        files.sort(java.util.Comparator.comparing(OutputFile::path));
        return files;
    }

    private String figure(ChartSpec chart, String caption) {
        String svg = svgById.computeIfAbsent(chart.id(), id -> DRAWN.draw(chart));
        csvById.computeIfAbsent(chart.id(), id -> ChartTable.csv(chart));
        StringBuilder html = new StringBuilder();
        html.append("<figure class=\"cx-figure\">\n<div class=\"cx-figure__chart\">")
                .append(svg)
                .append("</div>\n<figcaption><strong>").append(escape(chart.title())).append("</strong>");
        if (!caption.isEmpty()) {
            html.append(" ").append(escape(caption));
        }
        html.append("</figcaption>\n<details class=\"cx-figure__data\"><summary>Data table</summary>\n")
                .append(ChartTable.html(chart))
                .append("\n</details>\n<p class=\"cx-figure__files\"><a href=\"").append(base).append(CHARTS)
                .append(chart.id()).append(".csv\" download>Download CSV</a> · <a href=\"").append(base).append(CHARTS)
                .append(chart.id()).append(".svg\">SVG</a></p>\n</figure>\n");
        return html.toString();
    }

    private String cards(ReportSpec spec) {
        Period period = spec.period().or(metrics::latest).orElseThrow();
        Snapshot now = metrics.get(period, spec.segment()).orElseThrow();
        Optional<Snapshot> before = metrics.get(period.previous(), spec.segment());
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"kpi-cards\" aria-label=\"KPIs for ").append(escape(period.label()))
                .append(spec.segment().map(s -> ", segment " + escape(s)).orElse("")).append("\">\n")
                .append("<p class=\"kpi-cards__period\">").append(escape(period.label()))
                .append(spec.segment().map(s -> " · " + escape(s)).orElse(""))
                .append(before.map(b -> " · change against " + escape(b.period().label())).orElse(""))
                .append("</p>\n<div class=\"kpi-cards__grid\">\n");
        for (String name : spec.names()) {
            Kpi kpi = Kpi.byKey(name).orElseThrow();
            html.append(kpi.perChannel() && kpi != Kpi.CONTACTS ? channelCard(kpi, now) : card(kpi, now, before));
        }
        html.append("</div>\n");
        if (!spec.caption().isEmpty()) {
            html.append("<p class=\"kpi-cards__caption\">").append(escape(spec.caption())).append("</p>\n");
        }
        return html.append("</section>\n").toString();
    }

    private String card(Kpi kpi, Snapshot now, Optional<Snapshot> before) {
        OptionalDouble value = now.value(kpi);
        StringBuilder html = new StringBuilder();
        OptionalDouble target = now.target(kpi.key());
        String status = value.isEmpty() || target.isEmpty() ? "" : met(kpi, value.getAsDouble(), target.getAsDouble())
                ? " kpi-card--met" : " kpi-card--missed";
        html.append("<article class=\"kpi-card").append(status).append("\">\n<h3 class=\"kpi-card__name\">")
                .append(escape(kpi.label())).append("</h3>\n<p class=\"kpi-card__value\">")
                .append(value.isPresent() ? escape(format(kpi, value.getAsDouble(), now)) : "no data").append("</p>\n");
        if (kpi == Kpi.NPS && now.nps().isPresent()) {
            Nps nps = now.nps().get();
            html.append("<p class=\"kpi-card__detail\">");
            if (nps.counted()) {
                html.append(String.format(Locale.ROOT, "±%.1f · ", nps.marginOfError()));
            }
            html.append(String.format(Locale.ENGLISH, "%,d responses", nps.responses())).append("</p>\n");
        }
        OptionalDouble previous = before.map(b -> b.value(kpi)).orElse(OptionalDouble.empty());
        if (value.isPresent() && previous.isPresent()) {
            double delta = value.getAsDouble() - previous.getAsDouble();
            boolean better = kpi.higherIsBetter() == delta > 0;
            String direction = Math.abs(delta) < 1e-9 ? "flat" : delta > 0 ? "up" : "down";
            String arrow = switch (direction) {
                case "up" -> "▲";
                case "down" -> "▼";
                default -> "▶";
            };
            boolean noise = kpi == Kpi.NPS && now.nps().isPresent() && before.get().nps().isPresent()
                    && now.nps().get().changeWithinNoise(before.get().nps().get());
            html.append("<p class=\"kpi-card__change kpi-card__change--")
                    .append(direction.equals("flat") || noise ? "neutral" : better ? "better" : "worse").append("\">")
                    .append("<span aria-hidden=\"true\">").append(arrow).append("</span> ")
                    .append(escape(change(kpi, delta))).append(" vs ")
                    .append(escape(before.get().period().shortLabel()));
            if (noise) {
                html.append(" <span class=\"kpi-card__noise\">within noise</span>");
            }
            html.append("</p>\n");
        }
        if (target.isPresent()) {
            html.append("<p class=\"kpi-card__target\">Target ").append(escape(format(kpi, target.getAsDouble(), now)));
            if (value.isPresent()) {
                html.append(met(kpi, value.getAsDouble(), target.getAsDouble()) ? " · met" : " · not met");
            }
            html.append("</p>\n");
        }
        return html.append("</article>\n").toString();
    }

    /** Durations per channel, each against its target. */
    private String channelCard(Kpi kpi, Snapshot now) {
        Map<String, Double> values = now.byChannel(kpi);
        StringBuilder html = new StringBuilder();
        html.append("<article class=\"kpi-card kpi-card--channels\">\n<h3 class=\"kpi-card__name\">")
                .append(escape(kpi.label())).append("</h3>\n");
        if (values.isEmpty()) {
            return html.append("<p class=\"kpi-card__value\">no data</p>\n</article>\n").toString();
        }
        html.append("<ul class=\"kpi-card__channels\">\n");
        values.forEach((channel, seconds) -> {
            OptionalDouble target = now.target(kpi.key() + "." + channel);
            html.append("<li><span class=\"kpi-card__channel\">").append(escape(channel)).append("</span> ")
                    .append(escape(Durations.format(seconds)));
            if (target.isPresent()) {
                boolean met = seconds <= target.getAsDouble();
                html.append(" <span class=\"kpi-card__").append(met ? "met" : "missed").append("\">")
                        .append(met ? "within " : "over ").append(escape(Durations.format(target.getAsDouble())))
                        .append("</span>");
            }
            html.append("</li>\n");
        });
        return html.append("</ul>\n</article>\n").toString();
    }

    private static boolean met(Kpi kpi, double value, double target) {
        return kpi.higherIsBetter() ? value >= target : value <= target;
    }

    static String format(Kpi kpi, double value, Snapshot snapshot) {
        return switch (kpi) {
            case NPS -> String.format(Locale.ROOT, "%+.1f", value).replace("-", "−");
            case CSAT, RETENTION_RATE, CHURN_RATE -> String.format(Locale.ROOT, "%.1f %%", value * 100);
            case CES -> String.format(Locale.ROOT, "%.1f", value);
            case CONTACTS -> String.format(Locale.ENGLISH, "%,d", Math.round(value));
            case CLV -> String.format(Locale.ENGLISH, "%,d %s", Math.round(value),
                    snapshot.clv().map(Snapshot.Money::currency).orElse(""));
            default -> Durations.format(value);
        };
    }

    private static String change(Kpi kpi, double delta) {
        return switch (kpi) {
            case NPS, CES -> String.format(Locale.ROOT, "%+.1f", delta).replace("-", "−");
            case CSAT, RETENTION_RATE, CHURN_RATE -> String.format(Locale.ROOT, "%+.1f pp", delta * 100).replace("-", "−");
            default -> String.format(Locale.ENGLISH, "%+,d", Math.round(delta)).replace("-", "−");
        };
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

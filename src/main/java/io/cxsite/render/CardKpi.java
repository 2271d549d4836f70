package io.cxsite.render;

import io.cxsite.charts.LocaleFormat;
import io.cxsite.config.CustomKpi;
import io.cxsite.config.Statistics;
import io.cxsite.metrics.ChangeVerdict;
import io.cxsite.metrics.Kpi;
import io.cxsite.metrics.Significance;
import io.cxsite.metrics.Snapshot;
import java.util.OptionalDouble;

/**
 * What a single-valued KPI card needs to know of its KPI, the same for a built-in KPI and one of the
 * site's own ({@code kpis:} in site.yaml): its name in the page's language, which way is better, how
 * its value and changes are written there, and how a change is tested.
 */
record CardKpi(String key, String name, boolean higherIsBetter, Text text, Test test) {

    /** How values and changes are written, in the page's language. */
    interface Text {
        /** A value (or target, or benchmark) as the card shows it: {@code +32.0}, {@code 83.1 %}, {@code 38.5 days}. */
        String value(double value, Snapshot snapshot);

        /** A change against the period before: {@code +8.3}, {@code −1.2 pp}, {@code +2.0 days}. */
        String change(double delta);
    }

    /** The significance test of a change from {@code before} to {@code now}. */
    interface Test {
        Significance.Test of(Snapshot before, Snapshot now, Statistics level);
    }

    /** The KPI's value in {@code snapshot}. */
    OptionalDouble value(Snapshot snapshot) {
        return snapshot.value(key);
    }

    /** Whether {@code value} meets {@code target}. */
    boolean meets(double value, double target) {
        return higherIsBetter ? value >= target : value <= target;
    }

    /** A built-in KPI, named by the theme's {@code kpi*} word and written in the page's language. */
    static CardKpi of(Kpi kpi, ChartText words) {
        LocaleFormat locale = words.locale();
        String points = words.word("cardPercentagePoints", "pp");
        String name = words.word("kpi" + Character.toUpperCase(kpi.key().charAt(0)) + kpi.key().substring(1),
                kpi.label());
        return new CardKpi(kpi.key(), name, kpi.higherIsBetter(), new Text() {
            @Override
            public String value(double value, Snapshot snapshot) {
                return builtIn(kpi, value, snapshot, locale);
            }

            @Override
            public String change(double delta) {
                return builtInChange(kpi, delta, locale, points);
            }
        }, (before, now, level) -> ChangeVerdict.of(kpi, before, now, level));
    }

    /** One of the site's own KPIs, named and written in the page's language. */
    static CardKpi of(CustomKpi kpi, ChartText words) {
        LocaleFormat locale = words.locale();
        OwnKpiText text = new OwnKpiText(kpi, locale, words.words());
        return new CardKpi(kpi.key(), kpi.name(locale.language()), kpi.higherIsBetter(), new Text() {
            @Override
            public String value(double value, Snapshot snapshot) {
                return text.value(value);
            }

            @Override
            public String change(double delta) {
                return text.change(delta);
            }
        }, (before, now, level) -> ChangeVerdict.ofCustom(kpi, before, now, level));
    }

    private static String builtIn(Kpi kpi, double value, Snapshot snapshot, LocaleFormat locale) {
        return switch (kpi) {
            case NPS -> locale.signed(value, 1);
            case CSAT, RETENTION_RATE, CHURN_RATE -> locale.number(value * 100, 1) + " %";
            case CES -> locale.number(value, 1);
            case CONTACTS -> locale.number(value, 0);
            case CLV -> (locale.number(value, 0) + " " + snapshot.clv().map(Snapshot.Money::currency).orElse("")).strip();
            default -> locale.duration(value);
        };
    }

    private static String builtInChange(Kpi kpi, double delta, LocaleFormat locale, String points) {
        return switch (kpi) {
            case NPS, CES -> locale.signed(delta, 1);
            case CSAT, RETENTION_RATE, CHURN_RATE -> locale.signed(delta * 100, 1) + " " + points;
            case FIRST_RESPONSE_TIME, RESOLUTION_TIME -> (delta < 0 ? "−" : "+") + locale.duration(Math.abs(delta));
            default -> locale.signed(delta, 0);
        };
    }
}

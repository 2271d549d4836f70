package io.cxsite.render;

import java.util.Arrays;
import java.util.List;

/**
 * The partial templates that draw blocks inside a page body, each under
 * {@code partials/<name>.peb} with the one variable it receives (a record of {@link PartialModel}).
 * A site overrides one in its {@code templates/partials/}, a theme in its own; a theme that lacks
 * one gets the default theme's.
 */
enum Partial {
    KPI_CARDS("kpi-cards", "cards"),
    FIGURE("figure", "figure"),
    DRIVERS("drivers", "drivers"),
    VERBATIMS("verbatims", "verbatims"),
    /** One comment, included by verbatims and critical with {@code comment}. */
    VERBATIM("verbatim", "comment"),
    CRITICAL("critical", "critical"),
    FLOW("flow", "flow"),
    FLOW_CONTACT("flow-contact", "fallback"),
    /** A report page's body as panels in grids, when it shows charts. */
    DASHBOARD("dashboard", "dashboard");

    static final String FOLDER = "partials/";

    private final String name;
    private final String variable;

    Partial(String name, String variable) {
        this.name = name;
        this.variable = variable;
    }

    String template() {
        return FOLDER + name + ".peb";
    }

    String variable() {
        return variable;
    }

    /** Every partial's template name, for the loader that falls back to the default theme. */
    static List<String> templates() {
        return Arrays.stream(values()).map(Partial::template).toList();
    }
}

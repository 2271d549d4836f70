package io.cxsite.render;

import io.cxsite.content.Markdown;
import io.cxsite.site.FlowSpec;
import io.cxsite.site.FlowSpec.Choice;
import io.cxsite.site.FlowSpec.Instruction;
import io.cxsite.site.FlowSpec.Question;
import io.cxsite.site.FlowSpec.Step;
import io.cxsite.site.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The HTML of {@code cx-troubleshoot} flows. Without JavaScript every step is a section and every
 * answer a link to the next step's anchor ({@code #<flow>-<step>}), so a reader walks the flow by
 * following links. {@link #SCRIPT} enhances the same markup: one step at a time, a Back button,
 * the path in the URL ({@code #<flow>=device,update-app}). Steps, choices and data attributes come
 * from the checked flow alone, so the output is the same on every build.
 */
final class FlowHtml {
    /** The script that shows one step at a time; pages with a flow load it, others do not. */
    static final String SCRIPT = "js/flow.js";
    /** The anchor of the page's contact block, where {@code contact} targets lead. */
    static final String CONTACT_ID = "contact";
    /** The theme's words (i18n/*.yaml) a flow uses, in English for a theme that lacks them. */
    static final Map<String, String> ENGLISH = Map.of(
            "flowAsk", "Did this solve it?",
            "flowYes", "Yes, it is solved",
            "flowNo", "No, it did not help",
            "flowSolved", "Glad it works now",
            "flowTellUs", "Tell us what helped",
            "flowBack", "Back",
            "flowRestart", "Start over",
            "stillNeedHelp", "Still need help?",
            "flowContact", "Contact us and say which steps you have tried.");

    private final String basePath;
    private final Map<String, String> words;
    private final boolean contactBlock;

    /**
     * @param words        the theme's words in the page's language
     * @param contactBlock whether the template shows the contact block ({@code id="contact"}) with the page
     */
    FlowHtml(String basePath, Map<String, String> words, boolean contactBlock) {
        this.basePath = basePath;
        this.words = words;
        this.contactBlock = contactBlock;
    }

    String html(FlowSpec flow) {
        String id = flow.id();
        AttributeProvider rewrite = HtmlBody.linkTargets(flow.links(), basePath);
        HtmlRenderer markdown = HtmlRenderer.builder()
                .extensions(Markdown.EXTENSIONS)
                .attributeProviderFactory(context -> rewrite)
                .build();
        StringBuilder html = new StringBuilder(2048);
        html.append("<div class=\"flow\" id=\"").append(id).append("\" data-flow-start=\"").append(flow.start())
                .append("\">\n");
        for (Step step : readingOrder(flow)) {
            html.append("<section class=\"flow__step\" id=\"").append(id).append('-').append(step.id())
                    .append("\" data-step=\"").append(step.id()).append("\">\n");
            if (step instanceof Question question) {
                html.append("<h3 class=\"flow__title\">").append(escape(question.text())).append("</h3>\n")
                        .append("<ul class=\"flow__choices\">\n");
                for (Choice choice : question.choices()) {
                    html.append("<li>").append(link(id, choice.target(), "flow__choice", choice.label())).append("</li>\n");
                }
                html.append("</ul>\n");
            } else if (step instanceof Instruction instruction) {
                html.append("<h3 class=\"flow__title\">").append(escape(instruction.title())).append("</h3>\n");
                String body = markdown.render(instruction.body());
                if (!body.isBlank()) {
                    html.append("<div class=\"flow__body\">\n").append(body).append("</div>\n");
                }
                html.append("<p class=\"flow__ask\">").append(word("flowAsk"))
                        .append("</p>\n<ul class=\"flow__answers\">\n<li>")
                        .append(link(id, FlowSpec.SOLVED, "flow__answer flow__answer--yes", word("flowYes")))
                        .append("</li>\n<li>")
                        .append(link(id, instruction.no(), "flow__answer flow__answer--no", word("flowNo")))
                        .append("</li>\n</ul>\n");
            }
            html.append("</section>\n");
        }
        html.append("<section class=\"flow__step flow__step--solved\" id=\"").append(id).append('-')
                .append(FlowSpec.SOLVED).append("\" data-step=\"").append(FlowSpec.SOLVED).append("\">\n")
                .append("<h3 class=\"flow__title\">").append(word("flowSolved")).append("</h3>\n");
        flow.tellUs().ifPresent(tellUs -> html.append("<p><a href=\"").append(escape(href(flow, tellUs)))
                .append("\">").append(word("flowTellUs")).append("</a></p>\n"));
        html.append("</section>\n")
                .append("<div class=\"flow__nav\" hidden>\n")
                .append("<button type=\"button\" class=\"flow__back\">").append(word("flowBack")).append("</button>\n")
                .append("<button type=\"button\" class=\"flow__restart\">").append(word("flowRestart"))
                .append("</button>\n")
                .append("</div>\n")
                .append("<p class=\"flow__live visually-hidden\" aria-live=\"polite\"></p>\n")
                .append("</div>\n");
        return html.toString();
    }

    /**
     * A small "Still need help?" section for the {@code #contact} that flows lead to, when the page
     * has none: the template shows no contact block, no heading has that anchor and no element of
     * the body that id. It links to the first flow's {@code tellUs}, if any. Empty when not needed.
     */
    String contactFallback(Page page, String bodyHtml) {
        if (page.flows().isEmpty() || contactBlock || page.anchors().contains(CONTACT_ID)
                || bodyHtml.contains("id=\"" + CONTACT_ID + "\"")) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section class=\"flow-contact\" id=\"" + CONTACT_ID + "\">\n<h2>")
                .append(word("stillNeedHelp")).append("</h2>\n");
        String link = page.flows().stream().filter(f -> f.tellUs().isPresent()).findFirst()
                .map(f -> href(f, f.tellUs().get())).orElse("");
        if (link.isEmpty()) {
            html.append("<p>").append(word("flowContact")).append("</p>\n");
        } else {
            html.append("<p><a href=\"").append(escape(link)).append("\">").append(word("flowContact"))
                    .append("</a></p>\n");
        }
        return html.append("</section>\n").toString();
    }

    /** The words of a flow for the search index: questions, choices, titles and bodies. */
    static String text(FlowSpec flow) {
        TextContentRenderer plain = TextContentRenderer.builder().extensions(Markdown.EXTENSIONS).build();
        List<String> words = new ArrayList<>();
        for (Step step : flow.steps()) {
            if (step instanceof Question question) {
                words.add(question.text());
                question.choices().forEach(c -> words.add(c.label()));
            } else if (step instanceof Instruction instruction) {
                words.add(instruction.title());
                words.add(plain.render(instruction.body()));
            }
        }
        return String.join(" ", words);
    }

    /** The start first, the other steps as the author wrote them. */
    private static List<Step> readingOrder(FlowSpec flow) {
        List<Step> steps = new ArrayList<>();
        flow.step(flow.start()).ifPresent(steps::add);
        flow.steps().stream().filter(s -> !s.id().equals(flow.start())).forEach(steps::add);
        return steps;
    }

    private static String link(String flowId, String target, String className, String label) {
        String anchor = target.equals(FlowSpec.CONTACT) ? CONTACT_ID : flowId + "-" + target;
        return "<a class=\"" + className + "\" href=\"#" + anchor + "\" data-next=\"" + target + "\">" + escape(label)
                + "</a>";
    }

    private String href(FlowSpec flow, String destination) {
        String target = flow.links().get(destination);
        return target == null ? destination : basePath + target;
    }

    private String word(String key) {
        return escape(words.getOrDefault(key, ENGLISH.get(key)));
    }

    private static String escape(String text) {
        return ReportHtml.escape(text);
    }
}

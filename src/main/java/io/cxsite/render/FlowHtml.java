package io.cxsite.render;

import io.cxsite.content.Markdown;
import io.cxsite.site.FlowSpec;
import io.cxsite.site.FlowSpec.Instruction;
import io.cxsite.site.FlowSpec.Question;
import io.cxsite.site.FlowSpec.Step;
import io.cxsite.site.Page;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * {@code cx-troubleshoot} flows as HTML, drawn by the {@code flow.peb} partial. Without JavaScript
 * every step is a section and every answer a link to the next step's anchor
 * ({@code #<flow>-<step>}), so a reader walks the flow by following links. {@link #SCRIPT} enhances the same markup: one step at a time, a Back button,
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
    private final PartialRenderer partials;
    private final List<String> phones;

    /**
     * @param words        the theme's words in the page's language
     * @param contactBlock whether the template shows the contact block ({@code id="contact"}) with the page
     * @param phones       the site's phone numbers, made tel: links in the steps' text
     */
    FlowHtml(String basePath, Map<String, String> words, boolean contactBlock, PartialRenderer partials,
            List<String> phones) {
        this.basePath = basePath;
        Map<String, String> all = new HashMap<>(ENGLISH);
        all.putAll(words);
        this.words = Map.copyOf(all);
        this.contactBlock = contactBlock;
        this.partials = partials;
        this.phones = phones;
    }

    String html(FlowSpec flow) {
        AttributeProvider rewrite = HtmlBody.linkTargets(flow.links(), basePath);
        HtmlRenderer markdown = HtmlRenderer.builder()
                .extensions(Markdown.EXTENSIONS)
                .attributeProviderFactory(context -> rewrite)
                .nodeRendererFactory(context -> new PhoneLinks(context, phones))
                .build();
        List<PartialModel.FlowStep> steps = readingOrder(flow).stream().map(step -> view(flow.id(), step, markdown))
                .toList();
        PartialModel.Flow view = new PartialModel.Flow(flow.id(), flow.start(), FlowSpec.SOLVED, steps,
                flow.tellUs().map(tellUs -> href(flow, tellUs)).orElse(""));
        return partials.render(Partial.FLOW, view, words);
    }

    private static PartialModel.FlowStep view(String flowId, Step step, HtmlRenderer markdown) {
        if (step instanceof Question question) {
            return new PartialModel.FlowStep(step.id(), true, question.text(), question.choices().stream()
                    .map(c -> choice(flowId, c.label(), c.target())).toList(), null, null, null);
        }
        Instruction instruction = (Instruction) step;
        String body = markdown.render(instruction.body());
        // The author's Markdown is trusted (DESIGN.md): its HTML passes as written.
        return new PartialModel.FlowStep(step.id(), false, instruction.title(), List.of(),
                body.isBlank() ? null : new SafeString(body), choice(flowId, "", FlowSpec.SOLVED),
                choice(flowId, "", instruction.no()));
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
        String link = page.flows().stream().filter(f -> f.tellUs().isPresent()).findFirst()
                .map(f -> href(f, f.tellUs().get())).orElse("");
        return partials.render(Partial.FLOW_CONTACT, new PartialModel.FlowContact(CONTACT_ID, link), words);
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

    /** A link to {@code target}: the step's anchor, or the page's contact block. */
    private static PartialModel.FlowChoice choice(String flowId, String label, String target) {
        String anchor = target.equals(FlowSpec.CONTACT) ? CONTACT_ID : flowId + "-" + target;
        return new PartialModel.FlowChoice(label, anchor, target);
    }

    private String href(FlowSpec flow, String destination) {
        String target = flow.links().get(destination);
        return target == null ? destination : basePath + target;
    }
}

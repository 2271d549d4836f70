package io.cxsite.site;

import io.cxsite.content.LinkRef;
import io.cxsite.content.PageSource;
import io.cxsite.content.ReportBlock;
import io.cxsite.diagnostics.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.node.Node;

/**
 * A checked {@code cx-troubleshoot} block: a guided flow whose steps are either questions (each
 * choice leads to a step) or instructions the reader tries ("Did this solve it?": yes ends the flow
 * solved, no leads to {@code no:}). Every key and target is checked at its own line in the Markdown
 * file, so rendering never meets a missing step.
 *
 * @param id     the flow's HTML id, unique on its page: {@code flow-<page slug>}, then {@code -2}, {@code -3}
 * @param start  the id of the first step
 * @param steps  in the order written
 * @param tellUs the link of the solved ending ("tell us what helped") as written, if any
 * @param links  each link destination of the step bodies and of {@code tellUs}, as written, to its
 *               site-relative target ({@code help/contact/}); external links are absent
 * @param line   the file line of the opening fence
 */
public record FlowSpec(String id, String start, List<Step> steps, Optional<String> tellUs, Map<String, String> links,
        int line) {

    /** The target that leaves the flow for the page's contact block ({@code #contact}). */
    public static final String CONTACT = "contact";
    /** The id of the built-in ending that "Yes, it is solved" leads to. */
    public static final String SOLVED = "solved";

    /** A step of the flow. */
    public sealed interface Step permits Question, Instruction {
        String id();

        /** Where the step leads: step ids or {@link #CONTACT}, in order. */
        List<String> targets();
    }

    /** "Which device are you on?": each choice leads to a step (or to {@link #CONTACT}). */
    public record Question(String id, String text, List<Choice> choices) implements Step {
        @Override
        public List<String> targets() {
            return choices.stream().map(Choice::target).toList();
        }
    }

    public record Choice(String label, String target) {
    }

    /** Something to try; {@code body} is the author's Markdown, {@code no} where "No, it did not help" leads. */
    public record Instruction(String id, String title, Node body, String no) implements Step {
        @Override
        public List<String> targets() {
            return List.of(no);
        }
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    static final List<String> KEYS = List.of("start", "tellUs", "steps");
    static final List<String> QUESTION_KEYS = List.of("question", "choices");
    static final List<String> INSTRUCTION_KEYS = List.of("title", "body", "no");

    /**
     * Checks the {@code cx-troubleshoot} blocks of one page. {@code resolve} turns a link written in
     * the flow into its site-relative target, or reports the miss at the link's position. A flow
     * with an error is reported and left out.
     */
    static List<FlowSpec> check(PageSource source, String pageUrl, Function<LinkRef, Optional<String>> resolve,
            Problems problems) {
        if (source.blocks().stream().noneMatch(ReportBlock::isFlow)) {
            return List.of();
        }
        List<FlowSpec> flows = new ArrayList<>();
        String slug = Page.urlSegment(pageUrl.replaceAll("/$", "").replaceAll(".*/", ""));
        String base = slug.isEmpty() ? "flow" : "flow-" + slug;
        int count = 0;
        for (ReportBlock block : source.blocks()) {
            if (block.isFlow()) {
                count++;
                String id = count == 1 ? base : base + "-" + count;
                new FlowChecker(source.path(), block, resolve, problems).check(id).ifPresent(flows::add);
            }
        }
        return List.copyOf(flows);
    }
}

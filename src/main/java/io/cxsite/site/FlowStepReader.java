package io.cxsite.site;

import io.cxsite.config.YamlMapping;
import io.cxsite.config.YamlNode;
import io.cxsite.config.YamlNode.Entry;
import io.cxsite.content.LinkRef;
import io.cxsite.content.Markdown;
import io.cxsite.site.FlowSpec.Choice;
import io.cxsite.site.FlowSpec.Instruction;
import io.cxsite.site.FlowSpec.Question;
import io.cxsite.site.FlowSpec.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Reads the steps of one flow (questions and instructions), checking each key, target and link at its place. */
final class FlowStepReader {
    // Step ids become HTML ids and travel in the URL as #flow-x=a,b,c: no commas, no '=', no spaces.
    private static final Pattern STEP_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final FlowBlock at;
    private final Function<LinkRef, Optional<String>> resolve;
    private final Map<String, String> links = new LinkedHashMap<>();
    private Set<String> stepIds = Set.of();

    FlowStepReader(FlowBlock at, Function<LinkRef, Optional<String>> resolve) {
        this.at = at;
        this.resolve = resolve;
    }

    /** Each link destination met so far, as written, to its site-relative target. */
    Map<String, String> links() {
        return links;
    }

    /** The steps under {@code steps:} that read without error, in the order written. */
    List<Step> steps(YamlNode stepsNode) {
        stepIds = stepsNode.entries().keySet();
        List<Step> steps = new ArrayList<>();
        for (Entry entry : stepsNode.entries().values()) {
            step(entry).ifPresent(steps::add);
        }
        return steps;
    }

    /** Resolves a link written in the flow at file position {@code place}; a miss is reported by the resolver. */
    void link(String destination, int[] place, boolean image) {
        resolve.apply(new LinkRef(destination, place[0], place[1], image)).ifPresent(t -> links.put(destination, t));
    }

    private Optional<Step> step(Entry entry) {
        checkId(entry);
        YamlNode value = entry.value();
        if (!value.isMapping()) {
            return at.empty(entry, "step '" + entry.key() + "' must be a question ('question:' and 'choices:') or"
                    + " an instruction ('title:', 'body:' and 'no:'), found " + value.describe());
        }
        Map<String, Entry> keys = value.entries();
        List<String> known = new ArrayList<>(FlowSpec.QUESTION_KEYS);
        known.addAll(FlowSpec.INSTRUCTION_KEYS);
        at.unknownKeys(value, known, "; a question takes question and choices, an instruction title, body and no");
        boolean question = FlowSpec.QUESTION_KEYS.stream().anyMatch(keys::containsKey);
        boolean instruction = FlowSpec.INSTRUCTION_KEYS.stream().anyMatch(keys::containsKey);
        if (question && instruction) {
            return at.empty(entry, "step '" + entry.key() + "' is both a question ("
                    + present(keys, FlowSpec.QUESTION_KEYS) + ") and an instruction ("
                    + present(keys, FlowSpec.INSTRUCTION_KEYS) + "); split it into two steps, the question's choices"
                    + " leading to the instruction");
        }
        if (question) {
            return question(entry);
        }
        if (instruction) {
            return instruction(entry);
        }
        return at.empty(entry, "step '" + entry.key() + "' is empty; give it 'question:' and 'choices:', or"
                + " 'title:', 'body:' and 'no:'");
    }

    private void checkId(Entry entry) {
        String stepId = entry.key();
        if (!STEP_ID.matcher(stepId).matches()) {
            String suggestion = Page.urlSegment(stepId);
            at.error(entry, "step id '" + stepId + "' may hold only letters, digits, '-' and '_', starting with a"
                    + " letter" + (STEP_ID.matcher(suggestion).matches() ? "; write e.g. '" + suggestion + "'" : ""));
        } else if (stepId.equals(FlowSpec.SOLVED)) {
            at.error(entry, "step id 'solved' is taken by the built-in 'Yes, it is solved' ending; rename the step");
        } else if (stepId.equals(FlowSpec.CONTACT)) {
            at.error(entry, "step id 'contact' is taken: as a target it means the page's contact block; rename"
                    + " the step");
        }
    }

    private Optional<Step> question(Entry entry) {
        Map<String, Entry> keys = entry.value().entries();
        Optional<String> text = text(keys.get("question"), "question");
        Entry choices = keys.get("choices");
        if (!keys.containsKey("question")) {
            at.error(entry, "step '" + entry.key() + "' has 'choices:' but no 'question:'; add the question they"
                    + " answer, e.g. 'question: Which device are you on?'");
        }
        if (choices == null) {
            return at.empty(entry, "question step '" + entry.key() + "' has no 'choices:'; add 'choices:' mapping"
                    + " each answer to the step it leads to, e.g. 'Android: update-app'");
        }
        if (!choices.value().isMapping() || choices.value().entries().isEmpty()) {
            return at.empty(choices, "'choices:' must map each answer to the step it leads to, e.g. 'Android:"
                    + " update-app'; found " + choices.value().describe());
        }
        List<Choice> list = new ArrayList<>();
        for (Entry choice : choices.value().entries().values()) {
            target(choice.value(), entry.key(), "choice '" + choice.key() + "'")
                    .ifPresent(t -> list.add(new Choice(choice.key(), t)));
        }
        return text.map(t -> new Question(entry.key(), t, List.copyOf(list)));
    }

    private Optional<Step> instruction(Entry entry) {
        Map<String, Entry> keys = entry.value().entries();
        Optional<String> title = text(keys.get("title"), "title");
        if (!keys.containsKey("title")) {
            at.error(entry, "instruction step '" + entry.key() + "' has no 'title:'; add what to do in a few words,"
                    + " e.g. 'title: Restart your phone'");
        }
        Node body = body(keys.get("body"));
        Entry no = keys.get("no");
        if (no == null) {
            return at.empty(entry, "instruction step '" + entry.key() + "' has no 'no:'; add 'no: <step id>' for"
                    + " where \"No, it did not help\" leads, or 'no: contact' for the contact block");
        }
        Optional<String> target = no.value().kind() == YamlNode.Kind.NULL
                ? at.empty(no, "'no:' is empty; give the step id \"No, it did not help\" leads to, or 'contact'")
                : target(no.value(), entry.key(), "'no:'");
        return title.flatMap(t -> target.map(n -> new Instruction(entry.key(), t, body, n)));
    }

    /** A step id (or {@link FlowSpec#CONTACT}) that {@code what} of step {@code from} leads to, checked at its own position. */
    Optional<String> target(YamlNode value, String from, String what) {
        if (value.isMapping() || value.kind() == YamlNode.Kind.SEQUENCE || value.kind() == YamlNode.Kind.NULL) {
            at.error(value, what + " must name one step, found " + value.describe());
            return Optional.empty();
        }
        String target = value.text();
        if (target.equals(FlowSpec.CONTACT)) {
            return Optional.of(target);
        }
        if (target.equals(from)) {
            at.error(value, what + " of step '" + from + "' leads back to the same step; name the step to try"
                    + " next, or 'contact'");
            return Optional.empty();
        }
        if (stepIds.contains(target)) {
            return Optional.of(target);
        }
        List<String> known = new ArrayList<>(stepIds);
        known.add(FlowSpec.CONTACT);
        String hint = YamlMapping.hint(target, known);
        List<String> ids = new ArrayList<>(stepIds);
        String listed = String.join(", ", ids.subList(0, Math.min(10, ids.size()))) + (ids.size() > 10 ? ", ..." : "");
        at.error(value, what + " leads to '" + target + "', which is not a step of this flow" + hint + "; its steps"
                + " are " + listed + ", and 'contact' leads to the contact block");
        return Optional.empty();
    }

    /** Optional text such as a question or a title: a non-empty scalar. */
    private Optional<String> text(Entry entry, String key) {
        if (entry == null) {
            return Optional.empty();
        }
        YamlNode value = entry.value();
        if (value.isMapping() || value.kind() == YamlNode.Kind.SEQUENCE || value.text().isBlank()) {
            return at.empty(entry, "'" + key + ":' must be text, found " + value.describe());
        }
        return Optional.of(value.text().strip());
    }

    /** The instruction's Markdown, its links resolved like the page's own. */
    private Node body(Entry entry) {
        if (entry == null || entry.value().kind() == YamlNode.Kind.NULL) {
            return Markdown.PARSER.parse("");
        }
        YamlNode value = entry.value();
        if (value.isMapping() || value.kind() == YamlNode.Kind.SEQUENCE) {
            at.error(entry, "'body:' must be Markdown text (write 'body: |' and the text indented below it),"
                    + " found " + value.describe());
            return Markdown.PARSER.parse("");
        }
        Node body = Markdown.PARSER.parse(value.text());
        body.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link(link.getDestination(), place(link), false);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                link(image.getDestination(), place(image), true);
                visitChildren(image);
            }

            private int[] place(Node node) {
                List<SourceSpan> spans = node.getSourceSpans();
                return spans.isEmpty() ? at.position(value, 0, 0)
                        : at.position(value, spans.get(0).getLineIndex(), spans.get(0).getColumnIndex());
            }
        });
        return body;
    }

    private static String present(Map<String, Entry> keys, List<String> group) {
        return String.join(", ", group.stream().filter(keys::containsKey).map(k -> k + ":").toList());
    }
}

package io.cxsite.site;

import io.cxsite.config.YamlNode;
import io.cxsite.config.YamlNode.Entry;
import io.cxsite.content.LinkRef;
import io.cxsite.site.FlowSpec.Choice;
import io.cxsite.site.FlowSpec.Instruction;
import io.cxsite.site.FlowSpec.Question;
import io.cxsite.site.FlowSpec.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/** Reads the steps of one flow (questions and instructions), checking each key, target and link at its place. */
final class FlowStepReader {
    // Step ids become HTML ids and travel in the URL as #flow-x=a,b,c: no commas, no '=', no spaces.
    private static final Pattern STEP_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final FlowBlock at;
    private final FlowLinks links;
    private StepTargets targets;

    FlowStepReader(FlowBlock at, Function<LinkRef, Optional<String>> resolve) {
        this.at = at;
        this.links = new FlowLinks(at, resolve);
        this.targets = new StepTargets(at, Set.of());
    }

    /** Each link destination met so far, as written, to its site-relative target. */
    Map<String, String> links() {
        return links.links();
    }

    /** The steps under {@code steps:} that read without error, in the order written. */
    List<Step> steps(YamlNode stepsNode) {
        targets = new StepTargets(at, stepsNode.entries().keySet());
        List<Step> steps = new ArrayList<>();
        for (Entry entry : stepsNode.entries().values()) {
            step(entry).ifPresent(steps::add);
        }
        return steps;
    }

    /** Resolves a link written in the flow at file position {@code place}; a miss is reported by the resolver. */
    void link(String destination, int[] place, boolean image) {
        links.link(destination, place, image);
    }

    /** A step id (or {@link FlowSpec#CONTACT}) that {@code what} of step {@code from} leads to, checked at its own position. */
    Optional<String> target(YamlNode value, String from, String what) {
        return targets.target(value, from, what);
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
        Node body = links.body(keys.get("body"));
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


    private static String present(Map<String, Entry> keys, List<String> group) {
        return String.join(", ", group.stream().filter(keys::containsKey).map(k -> k + ":").toList());
    }
}

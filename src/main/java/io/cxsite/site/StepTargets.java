package io.cxsite.site;

import io.cxsite.config.YamlMapping;
import io.cxsite.config.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks where a choice, a 'no:' or a 'start:' leads: a step of this flow or the contact block. */
final class StepTargets {
    private final FlowBlock at;
    private final Set<String> stepIds;

    StepTargets(FlowBlock at, Set<String> stepIds) {
        this.at = at;
        this.stepIds = stepIds;
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
}

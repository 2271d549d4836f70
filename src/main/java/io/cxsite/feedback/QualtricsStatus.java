package io.cxsite.feedback;

import io.cxsite.diagnostics.Problem;
import java.util.Optional;

/**
 * Qualtrics's {@code Status} column (its "Response Type"): which rows are real answers. Exported as
 * choice text it reads {@code IP Address} for an answer given through a survey link, {@code Imported}
 * and {@code Offline} for answers brought in from elsewhere, and {@code Survey Preview},
 * {@code Survey Test} or {@code Spam} for rows that no customer gave. Exported as numeric values an
 * answer is {@code 0} and a preview {@code 1}; other codes are not told apart here, so they are left
 * out and reported, and the fix is an export with choice text.
 */
final class QualtricsStatus {
    /** Reasons a row is left out, as they appear in metrics.json. */
    static final String PREVIEW = "preview";
    static final String TEST = "test";
    static final String SPAM = "spam";

    private QualtricsStatus() {
    }

    /**
     * Why the row is not an answer, or empty when it counts: {@link #PREVIEW}, {@link #TEST},
     * {@link #SPAM}, or {@code status <value>} for a value this reader does not know.
     */
    static Optional<String> leftOut(String cell) {
        String status = ExportLayout.key(cell);
        if (status.isEmpty() || status.equals("0") || status.equals("ipaddress") || status.equals("imported")
                || status.equals("offline") || status.equals("offlineapp")) {
            return Optional.empty();
        }
        return switch (status) {
            case "1", "surveypreview", "preview" -> Optional.of(PREVIEW);
            case "surveytest", "test" -> Optional.of(TEST);
            case "spam" -> Optional.of(SPAM);
            default -> Optional.of("status " + Problem.printable(cell.strip()));
        };
    }

    /** Whether a reason is one of the kinds Qualtrics documents, not a value cxsite could not read. */
    static boolean isKnown(String reason) {
        return reason.equals(PREVIEW) || reason.equals(TEST) || reason.equals(SPAM);
    }
}

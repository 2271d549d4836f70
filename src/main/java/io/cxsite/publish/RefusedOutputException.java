package io.cxsite.publish;

import java.io.IOException;

/** A build was asked to replace a folder that {@link OutputRule} protects; the message says which and why. */
public final class RefusedOutputException extends IOException {
    private static final long serialVersionUID = 1L;

    RefusedOutputException(String message) {
        super(message);
    }
}

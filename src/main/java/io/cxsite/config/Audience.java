package io.cxsite.config;

import java.util.Locale;
import java.util.Optional;

/** Who a page or data file is for. Internal content must never reach a public build. */
public enum Audience {
    PUBLIC,
    INTERNAL;

    public static Optional<Audience> tryParse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "public" -> Optional.of(PUBLIC);
            case "internal" -> Optional.of(INTERNAL);
            default -> Optional.empty();
        };
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

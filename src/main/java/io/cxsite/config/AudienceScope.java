package io.cxsite.config;

import java.util.Locale;
import java.util.Optional;

/** Which audiences one build publishes: {@code public} leaves every internal page and link out. */
public enum AudienceScope {
    PUBLIC,
    ALL;

    public static Optional<AudienceScope> tryParse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "public" -> Optional.of(PUBLIC);
            case "all" -> Optional.of(ALL);
            default -> Optional.empty();
        };
    }

    public boolean includes(Audience audience) {
        return this == ALL || audience == Audience.PUBLIC;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

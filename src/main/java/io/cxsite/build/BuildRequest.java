package io.cxsite.build;

import io.cxsite.config.AudienceScope;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build.
 *
 * @param output   the output folder; empty for a check that writes nothing
 * @param baseUrl  overrides site.yaml's {@code baseUrl}
 * @param audience overrides site.yaml's {@code audience}
 * @param strict   warnings count as errors
 */
public record BuildRequest(
        Path siteDir,
        Optional<Path> output,
        Optional<String> baseUrl,
        Optional<AudienceScope> audience,
        boolean drafts,
        boolean strict) {

    /** A build of {@code siteDir} into {@code siteDir/public} with the site's own settings. */
    public static BuildRequest of(Path siteDir) {
        return new BuildRequest(siteDir, Optional.of(siteDir.resolve("public")), Optional.empty(), Optional.empty(),
                false, false);
    }
}

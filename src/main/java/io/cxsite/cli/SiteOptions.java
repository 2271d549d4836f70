package io.cxsite.cli;

import io.cxsite.build.BuildRequest;
import io.cxsite.config.AudienceScope;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options build, check and serve share, declared once and mixed into each: which site, which
 * pages, how strict. {@link #request} turns them into what to build.
 */
final class SiteOptions {
    /** The command these options are mixed into, for its usage errors. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = ".",
            description = "Site folder (holds site.yaml and content/). Default: ${DEFAULT-VALUE}")
    Path source;

    @Option(names = "--audience", paramLabel = "public|all",
            description = "Publish only public pages, or all (including internal reports). Default: site.yaml's audience, else public")
    String audience;

    @Option(names = "--drafts", description = "Include pages with draft: true")
    boolean drafts;

    @Option(names = "--strict", description = "Treat warnings (unknown front-matter keys, ...) as errors")
    boolean strict;

    /** A build of the site into {@code output} (none for a check) at {@code baseUrl}; a bad --audience is a usage error. */
    BuildRequest request(Optional<Path> output, Optional<String> baseUrl) {
        Optional<AudienceScope> scope = Optional.ofNullable(audience).map(a -> AudienceScope.tryParse(a)
                .orElseThrow(() -> new CommandLine.ParameterException(command.commandLine(),
                        "--audience must be 'public' or 'all', not '" + a + "'")));
        return new BuildRequest(source, output, baseUrl, scope, drafts, strict);
    }
}

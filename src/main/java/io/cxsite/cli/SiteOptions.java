package io.cxsite.cli;

import io.cxsite.build.BuildRequest;
import io.cxsite.config.AudienceScope;
import io.cxsite.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by build, check and serve. */
final class SiteOptions {
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

    BuildRequest request(CommandLine.Model.CommandSpec spec, Optional<Path> output, Optional<String> baseUrl) {
        baseUrl.ifPresent(url -> {
            if (!ConfigLoader.isAbsoluteHttpUrl(url)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--base-url must be an absolute http(s) URL such as https://acme.github.io/cx/, not '" + url + "'");
            }
        });
        Optional<AudienceScope> scope = Optional.ofNullable(audience).map(a -> AudienceScope.tryParse(a)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "--audience must be 'public' or 'all', not '" + a + "'")));
        return new BuildRequest(source, output, baseUrl, scope, drafts, strict);
    }
}

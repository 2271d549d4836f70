package io.cxsite.cli;

import io.cxsite.config.ConfigLoader;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --base-url}, declared once for build and check. The description here is build's; check
 * words it for itself under the key {@code base-url} of its resource bundle
 * ({@code CheckCommand.properties}), which picocli prefers when a command has one.
 */
final class BaseUrlOption {
    /** The command this option is mixed into, for its usage errors. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--base-url", paramLabel = "URL", descriptionKey = "base-url",
            description = "Absolute URL the site is published at, e.g. https://acme.github.io/cx/ (overrides site.yaml)")
    String given;

    /** The URL given, if any; one that is not an absolute http(s) URL is a usage error. */
    Optional<String> url() {
        Optional<String> url = Optional.ofNullable(given);
        url.ifPresent(u -> {
            if (!ConfigLoader.isAbsoluteHttpUrl(u)) {
                throw new CommandLine.ParameterException(command.commandLine(),
                        "--base-url must be an absolute http(s) URL such as https://acme.github.io/cx/, not '" + u + "'");
            }
        });
        return url;
    }
}

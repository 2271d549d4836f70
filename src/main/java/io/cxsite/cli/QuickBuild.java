package io.cxsite.cli;

import io.cxsite.config.AudienceScope;
import io.cxsite.config.ConfigLoader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The plain {@code cxsite build} without picocli. Setting picocli up (its classes are Java 5 class
 * files, which the launcher's class archive cannot hold, so every start reads and verifies them,
 * then it reads every annotation of the command) costs a 1,000-page build about a tenth of a
 * second before any work starts. A build whose arguments are all in the simplest form, each
 * option once with its value as the next argument, therefore skips it: {@link #of} fills in the
 * same {@link BuildCommand} picocli would. Anything else (help, version, {@code --opt=value},
 * clustered short options, {@code @file}s, a value that looks like an option or a command, a
 * repeated option, a bad {@code --audience} or {@code --base-url}, an unknown option or argument)
 * goes to picocli, so every message, usage text and exit code is picocli's as before.
 */
final class QuickBuild {
    /** Names that picocli may read as a command rather than as an option's value. */
    private static final Set<String> COMMANDS = Set.of("build", "check", "serve", "new", "init", "sql", "help");

    private QuickBuild() {
    }

    /** The build that {@code args} ask for, when they are a plain build; empty means: let picocli parse them. */
    static Optional<BuildCommand> of(Cxsite root, String... args) {
        return args.length > 0 && args[0].equals("build") ? parse(root, args) : Optional.empty();
    }

    private static Optional<BuildCommand> parse(Cxsite root, String[] args) {
        BuildCommand build = new BuildCommand();
        build.cxsite = root;
        build.site = new SiteOptions();
        build.site.source = Path.of(".");
        build.baseUrl = new BaseUrlOption();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String name = canonical(args[i]);
            if (name == null || !seen.add(name)) {
                return Optional.empty();
            }
            if (name.equals("--drafts") || name.equals("--strict")) {
                build.site.drafts |= name.equals("--drafts");
                build.site.strict |= name.equals("--strict");
                continue;
            }
            if (i + 1 == args.length || !plainValue(args[i + 1]) || !set(build, name, args[++i])) {
                return Optional.empty();
            }
        }
        return Optional.of(build);
    }

    /** The option's long name, or null for anything this class leaves to picocli. */
    private static String canonical(String arg) {
        return switch (arg) {
            case "-s", "--source" -> "--source";
            case "-o", "--output" -> "--output";
            case "--audience", "--base-url", "--drafts", "--strict" -> arg;
            default -> null;
        };
    }

    /** A value picocli takes as it is: not empty, not an option, an {@code @file} or a command's name. */
    private static boolean plainValue(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@") && !COMMANDS.contains(value);
    }

    /** Sets the option; false when its value is one picocli would refuse (picocli then says why). */
    private static boolean set(BuildCommand build, String name, String value) {
        switch (name) {
            case "--source" -> build.site.source = path(value);
            case "--output" -> build.output = path(value);
            case "--audience" -> build.site.audience = value;
            default -> build.baseUrl.given = value;
        }
        return build.site.source != null && (!name.equals("--output") || build.output != null)
                && (!name.equals("--audience") || AudienceScope.tryParse(value).isPresent())
                && (!name.equals("--base-url") || ConfigLoader.isAbsoluteHttpUrl(value));
    }

    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}

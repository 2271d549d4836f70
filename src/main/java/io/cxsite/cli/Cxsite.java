package io.cxsite.cli;

import io.cxsite.build.BuildResult;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Severity;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point: {@code cxsite init|build|check|serve|new|sql}. The subcommands are added in
 * {@link #commandLine}, not in the annotation, so that a run builds picocli's model of the one
 * command it runs only (see there).
 */
@Command(name = "cxsite", mixinStandardHelpOptions = true, versionProvider = Cxsite.Version.class,
        description = "Builds a static site for customer-experience teams: guides, help centre and CX reports.")
public final class Cxsite implements Runnable {
    /** Exit codes of DESIGN.md. */
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    final PrintWriter out;
    final PrintWriter err;
    final Map<String, String> env;
    /** Whether a person watches the terminal: long builds then show a progress line ({@link ProgressLine}). */
    final boolean terminal;

    Cxsite(PrintWriter out, PrintWriter err, Map<String, String> env) {
        this(out, err, env, false);
    }

    Cxsite(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        Map<String, String> env = System.getenv();
        System.exit(run(args, out, err, env, ProgressLine.watched(env)));
    }

    /** Runs one command and returns its exit code; output goes to the given writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        return run(args, out, err, env, false);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter, Map)}; {@code terminal} when a person watches. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
        Cxsite root = new Cxsite(out, err, env, terminal);
        Optional<BuildCommand> quick = QuickBuild.of(root, args);
        int code = quick.isPresent() ? root.call(quick.get()) : root.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Parses {@code args} with picocli and runs the command they name: its exit code. */
    private int execute(String[] args) {
        CommandLine cli = commandLine(this, args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        HelpLayout.apply(cli);
        // Bad options and arguments, also those a command checks itself, are usage errors.
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : CONTENT_ERRORS);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e));
        return cli.execute(args);
    }

    /** Runs {@code build} as picocli would after parsing its arguments (see {@link QuickBuild}). */
    private int call(BuildCommand build) {
        try {
            return build.call();
        } catch (Exception e) {
            return failed(e);
        }
    }

    /** A command threw {@code e}: the line of {@link Failure} (with the trace under CXSITE_DEBUG), exit code 1. */
    private int failed(Exception e) {
        err.println(Failure.describe(e));
        if (env.containsKey("CXSITE_DEBUG")) {
            e.printStackTrace(err);
        }
        return CONTENT_ERRORS;
    }

    /**
     * The command line of {@code root} with its subcommands, in the order help lists them. picocli
     * reads every command's annotations when it is added, which is a noticeable part of a small
     * build's start-up; so when the first argument names a command, only that one is added (a run
     * parses nothing but that command's options then). Anything else (no command, {@code --help},
     * {@code help}, a misspelt command) gets them all, so help and suggestions list every command.
     */
    static CommandLine commandLine(Cxsite root, String... args) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("init", InitCommand::new);
        commands.put("sql", SqlCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        CommandLine cli = new CommandLine(root);
        String first = args.length == 0 ? "" : args[0];
        commands.forEach((name, command) -> {
            if (!commands.containsKey(first) || first.equals("help") || first.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(commandLine(this), "name a command: init, build, check, serve, new or sql");
    }

    /** Prints every problem, then says how the build went; returns the exit code. */
    int report(BuildResult result) {
        boolean annotate = "true".equals(env.get("GITHUB_ACTIONS"));
        for (Problem problem : result.problems()) {
            err.println(problem.format());
            if (annotate) {
                out.println(problem.formatGitHubAnnotation());
            }
        }
        long errors = result.problems().stream().filter(Problem::isError).count();
        long warnings = result.problems().stream().filter(p -> p.severity() == Severity.WARNING).count();
        if (errors > 0) {
            err.println(plural(errors, "error") + ", " + plural(warnings, "warning") + "; nothing was written");
            return CONTENT_ERRORS;
        }
        return OK;
    }

    /** As {@link #report(BuildResult)}, and when there are no errors prints {@code done}'s line. */
    int report(BuildResult result, Supplier<String> done) {
        int code = report(result);
        if (code == OK) {
            out.println(done.get());
        }
        return code;
    }

    /**
     * The page count every command gives, saying what it counts: the site's Markdown pages and
     * section pages, generated report pages included; not the tag, search and redirect pages.
     */
    static String pages(int pages) {
        return plural(pages, "page") + " (Markdown pages and sections)";
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cxsite.class.getPackage().getImplementationVersion();
            return new String[] {"cxsite " + (version == null ? "(development)" : version)};
        }
    }
}

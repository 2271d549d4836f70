package io.cxsite.cli;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.BuildResult;
import io.cxsite.build.SiteBuild;
import io.cxsite.serve.DevServer;
import io.cxsite.serve.SourceWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site into a temporary folder, serve it on http://127.0.0.1:8080/ and rebuild on every"
                + " change under content/, templates/, static/, themes/ or site.yaml. Stop with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Cxsite cxsite;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", defaultValue = "8080", description = "Port. Default: ${DEFAULT-VALUE}; 0 picks a free one")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (only this machine)")
    String bind;

    @Override
    public Integer call() throws Exception {
        Path output = Files.createTempDirectory("cxsite-serve-").resolve("public");
        try (DevServer server = DevServer.start(output, bind, port, "/");
             SourceWatcher watcher = new SourceWatcher(site.source)) {
            String host = bind.contains(":") ? "[" + bind + "]" : bind;
            String url = "http://" + host + ":" + server.port() + "/";
            // Links must work on this server, whatever baseUrl the site publishes at.
            BuildRequest request = site.request(spec, Optional.of(output), Optional.of(url));
            build(request);
            cxsite.out.println("serving " + site.source.toAbsolutePath().normalize() + " at " + url
                    + " (Ctrl+C to stop)");
            watcher.run(() -> build(request));
            return Cxsite.OK;
        } finally {
            deleteTree(output.getParent());
        }
    }

    private void build(BuildRequest request) {
        try {
            long started = System.nanoTime();
            BuildResult result = SiteBuild.run(request);
            if (cxsite.report(result) == Cxsite.OK) {
                cxsite.out.println("rebuilt " + Cxsite.plural(result.pages(), "page") + " in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            } else {
                cxsite.err.println("the last good build stays online until the errors are fixed");
            }
        } catch (IOException | RuntimeException e) {
            cxsite.err.println("error: build failed: " + e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

package io.cxsite.build;

import io.cxsite.config.AudienceScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A whole small site written in one text block, {@code -- path --} lines starting each file,
 * written into a folder. It has no themes/ folder, so it builds with the theme inside cxsite.
 */
public final class TestSite {
    private static final Pattern HEADER = Pattern.compile("(?m)^-- (\\S+) --\\n");
    /** The repository root: tests run with it as the working directory. */
    public static final Path REPO = Path.of("").toAbsolutePath();

    private final Path dir;

    private TestSite(Path dir) {
        this.dir = dir;
    }

    public static TestSite write(Path dir, String files) {
        try {
            Matcher m = HEADER.matcher(files);
            String path = null;
            int start = 0;
            while (m.find()) {
                if (path != null) {
                    put(dir, path, files.substring(start, m.start()));
                }
                path = m.group(1);
                start = m.end();
            }
            if (path != null) {
                put(dir, path, files.substring(start));
            }
            return new TestSite(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Path dir, String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public Path dir() {
        return dir;
    }

    public Path output() {
        return dir.resolve("public");
    }

    public BuildResult build() {
        return build(BuildRequest.of(dir));
    }

    public BuildResult build(String baseUrl) {
        return build(new BuildRequest(dir, Optional.of(output()), Optional.of(baseUrl), Optional.empty(), false, false));
    }

    public BuildResult build(AudienceScope audience) {
        return build(new BuildRequest(dir, Optional.of(output()), Optional.empty(), Optional.of(audience), false, false));
    }

    public BuildResult build(BuildRequest request) {
        try {
            return SiteBuild.run(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String outputPath) {
        return Files.exists(output().resolve(outputPath));
    }

    /** Every file of the output folder with its bytes, by relative path. */
    public static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Copies the folder {@code from} (a part of the sample site, say) with all it holds to {@code to}. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }
}

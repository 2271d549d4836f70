package io.cxsite.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a finished folder says about itself: the base path it was built for, from its home page. */
public final class BuiltFolders {
    private static final Pattern CANONICAL = Pattern.compile(
            "<link\\s+rel=\"canonical\"\\s+href=\"([^\"]+)\"");

    private BuiltFolders() {
    }

    /**
     * The path of the address the folder's home page names as its own ({@code <link rel="canonical">}),
     * such as {@code /cxsite/}; empty when the folder has no home page or it names none.
     */
    public static Optional<String> basePath(Path folder) throws IOException {
        Path home = folder.resolve("index.html");
        if (!Files.isRegularFile(home)) {
            return Optional.empty();
        }
        Matcher m = CANONICAL.matcher(Files.readString(home, StandardCharsets.UTF_8));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            String path = new URI(m.group(1).replace("&amp;", "&")).getRawPath();
            return path == null || !path.endsWith("/") ? Optional.empty() : Optional.of(path);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}

package io.cxsite.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * The cxsite release a new site's wrapper ({@code cxsitew}) runs: version, download URL and the
 * SHA-256 of the jar. {@code init} pins the jar it runs from: a release jar (downloaded, or run by a
 * wrapper) hashes to exactly what its release publishes. A build from source pins itself too, and
 * {@link #release()} says whether that can be downloaded.
 *
 * @param version the version, as in the jar's manifest
 * @param url     where the wrapper downloads the jar
 * @param sha256  the jar's SHA-256, lower-case hex; empty when cxsite does not run from a jar
 */
record WrapperPin(String version, String url, String sha256) {
    /** The manifest entry with the address of the releases, set by the release workflow's build. */
    static final String RELEASES = "Cxsite-Releases";
    static final String DEFAULT_RELEASES = "https://github.com/cxsite/cxsite/releases/download";

    /** The pin of the running cxsite. */
    static WrapperPin ofRunningJar() throws IOException {
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) {
            return of("development", DEFAULT_RELEASES, "");
        }
        try (JarFile file = new JarFile(jar.get().toFile())) {
            Attributes main = file.getManifest() == null ? new Attributes() : file.getManifest().getMainAttributes();
            String version = Optional.ofNullable(main.getValue(Attributes.Name.IMPLEMENTATION_VERSION)).orElse("development");
            String releases = Optional.ofNullable(main.getValue(RELEASES)).orElse(DEFAULT_RELEASES);
            return of(version, releases, sha256(jar.get()));
        }
    }

    static WrapperPin of(String version, String releases, String sha256) {
        String base = releases.endsWith("/") ? releases : releases + "/";
        return new WrapperPin(version, base + "v" + version + "/cxsite.jar", sha256);
    }

    /** Whether this is a released version the wrapper can download (not a build from source). */
    boolean release() {
        return !sha256.isEmpty() && version.matches("\\d+(\\.\\d+)*");
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Optional<Path> runningJar() {
        try {
            var source = WrapperPin.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The download half of ./cxsitew, run by Java as a single source file: reads the pinned version,
 * URL and SHA-256 from wrapper.properties, downloads the jar into the cache when it is not there,
 * checks the cached jar's SHA-256 before every run, and prints the jar's path for cxsitew to run.
 * A download that does not match is deleted and nothing runs.
 */
public final class Wrapper {
    private static final int FAILED = 1;

    public static void main(String[] args) {
        try {
            System.out.println(jar(Path.of(args[0])));
        } catch (Refusal e) {
            System.err.println("cxsitew: " + e.getMessage());
            System.exit(FAILED);
        } catch (IOException e) {
            System.err.println("cxsitew: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            System.exit(FAILED);
        }
    }

    static Path jar(Path properties) throws IOException, Refusal {
        Properties pin = new Properties();
        try (InputStream in = Files.newInputStream(properties)) {
            pin.load(in);
        }
        String version = required(pin, "version", properties);
        String url = required(pin, "url", properties);
        String sha256 = required(pin, "sha256", properties).toLowerCase(Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}") || !version.matches("[A-Za-z0-9._-]+")) {
            throw new Refusal(properties + ": sha256 must be 64 hex digits and version a plain version;"
                    + " copy both from the release page (cxsite.jar.sha256)");
        }
        Path jar = cache().resolve(version).resolve(sha256).resolve("cxsite.jar");
        if (Files.isRegularFile(jar) && sha256.equals(sha256(jar))) {
            return jar;
        }
        Files.deleteIfExists(jar);
        download(url, jar, sha256);
        return jar;
    }

    private static void download(String url, Path jar, String expected) throws IOException, Refusal {
        Files.createDirectories(jar.getParent());
        Path part = Files.createTempFile(jar.getParent(), "cxsite-", ".jar.part");
        System.err.println("cxsitew: downloading " + url);
        try {
            URLConnection connection = URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(30_000);
            connection.setReadTimeout(60_000);
            try (InputStream in = connection.getInputStream(); OutputStream out = Files.newOutputStream(part)) {
                in.transferTo(out);
            }
            String actual = sha256(part);
            if (!expected.equals(actual)) {
                throw new Refusal("the download from " + url + " has SHA-256 " + actual + ", but"
                        + " .cxsite/wrapper.properties pins " + expected + "; it was deleted and not run."
                        + " Check url and sha256 against the release's cxsite.jar.sha256");
            }
            Files.move(part, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static Path cache() {
        String home = System.getenv("CXSITE_WRAPPER_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return Path.of(System.getProperty("user.home"), ".cxsite", "wrapper");
    }

    private static String required(Properties pin, String key, Path properties) throws Refusal {
        String value = pin.getProperty(key, "").strip();
        if (value.isEmpty()) {
            throw new Refusal(properties + ": '" + key + "' is missing; take it from the release page");
        }
        return value;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A reason not to run, said in one line. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }
}

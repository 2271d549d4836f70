package io.cxsite.render;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an output path written by an author (a slug, an alias, a file's or folder's name) must be
 * for every file system that will hold the site, and when two paths are the same file there. The
 * build runs on Linux, macOS and Windows, and the site is copied between them: a path that one of
 * them cannot hold, or two paths that one of them takes for the same file, would lose a page on
 * some machine and not on another.
 */
final class OutputNames {
    /** The longest file or folder name, in bytes, that common file systems hold (ext4, APFS, NTFS). */
    static final int NAME_BYTES = 255;
    /** Windows's device names, which no file or folder may have, with any extension. */
    private static final Pattern WINDOWS_DEVICE =
            Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");
    private static final Pattern WINDOWS_FORBIDDEN = Pattern.compile("[<>:\"|?*]");

    private OutputNames() {
    }

    /**
     * Why {@code path} (relative to the output folder, forward slashes) cannot be written as it is,
     * or empty when it can: an empty, {@code .} or {@code ..} name, a backslash, a name Windows cannot
     * hold, or a name too long.
     */
    static Optional<String> unfit(String path) {
        if (path.contains("\\")) {
            return Optional.of("which has a backslash (browsers read it as '/', and Windows as a folder)");
        }
        for (String name : path.split("/", -1)) {
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                return Optional.of("which has " + (name.isEmpty() ? "an empty folder name ('//' or a leading '/')"
                        : "the folder name '" + name + "'") + ", so it is not the path it seems to be");
            }
            if (WINDOWS_DEVICE.matcher(name).matches() || name.endsWith(".") || name.endsWith(" ")
                    || WINDOWS_FORBIDDEN.matcher(name).find()) {
                return Optional.of("which has the name '" + name + "', one Windows cannot hold (a device name such as"
                        + " CON or NUL, one of < > : \" | ? *, or a dot or space at the end)");
            }
            if (name.getBytes(StandardCharsets.UTF_8).length > NAME_BYTES) {
                return Optional.of("which has a name of " + name.getBytes(StandardCharsets.UTF_8).length
                        + " bytes, longer than the " + NAME_BYTES + " a file system holds");
            }
        }
        return Optional.empty();
    }

    /**
     * The path as a file system that ignores case or Unicode form (macOS, Windows) sees it: two paths
     * with the same key are one file there ({@code Login/} and {@code login/}, é written as one
     * character or as e and a combining accent).
     */
    static String key(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}

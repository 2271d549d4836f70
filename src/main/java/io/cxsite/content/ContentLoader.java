package io.cxsite.content;

import io.cxsite.config.InputFiles;
import io.cxsite.config.TextFile;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Reads every file under {@code content/}: Markdown pages are parsed in parallel, other files become assets. */
public final class ContentLoader {
    public static final String CONTENT = "content";
    private static final List<String> DATA_FOLDERS = List.of("metrics", "feedback");

    private ContentLoader() {
    }

    public static ContentSet load(Path siteDir, Problems problems) throws IOException {
        Path root = siteDir.resolve(CONTENT);
        if (!Files.isDirectory(root)) {
            problems.error(CONTENT, 1, 1, "no content/ folder; put Markdown pages under content/");
            return new ContentSet(List.of(), List.of());
        }
        List<Path> files = files(siteDir, CONTENT, problems);
        List<Path> markdown = files.stream().filter(p -> p.getFileName().toString().endsWith(".md")).toList();
        List<Asset> assets = files.stream().filter(p -> !p.getFileName().toString().endsWith(".md"))
                .map(p -> new Asset(slashed(root.relativize(p)), p)).toList();
        List<PageSource> pages = markdown.parallelStream()
                .map(p -> {
                    try {
                        return readPage(siteDir, slashed(root.relativize(p)), problems);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .filter(Objects::nonNull)
                .toList();
        return new ContentSet(pages, assets);
    }

    /**
     * The page and asset files under {@code folder} (content/ or a folder in it), in path order, through
     * {@link InputFiles}: a link out of the site is a problem, never a file. Hidden files and the data
     * folders are left out: data is read by its own loaders and never published as files.
     */
    public static List<Path> files(Path siteDir, String folder, Problems problems) throws IOException {
        return InputFiles.walk(siteDir, folder, InputFiles.ALL, (path, isFolder) -> {
            Path relative = Path.of(path.substring(CONTENT.length() + 1));
            return isHidden(relative) || isData(relative)
                    || isFolder && relative.getNameCount() == 1 && DATA_FOLDERS.contains(relative.toString());
        }, problems);
    }

    /**
     * Whether {@link #load} takes the file at {@code contentPath} (relative to {@code content/}, with
     * forward slashes) as a page or an asset: it is not hidden and not data. For serve, which tracks files itself.
     */
    public static boolean takes(String contentPath) {
        Path relative = Path.of(contentPath);
        return !isHidden(relative) && !isData(relative);
    }

    /** Whether {@link #load} reads the file at {@code contentPath} as a page (else it is an asset). */
    public static boolean isPage(String contentPath) {
        return contentPath.endsWith(".md");
    }

    /**
     * Reads one page as {@link #load} does; null (with problems recorded) when the file cannot be a page.
     * The file must be one that {@link #files} lists.
     */
    public static PageSource readPage(Path siteDir, String contentPath, Problems problems) throws IOException {
        Path file = siteDir.resolve(CONTENT).resolve(contentPath);
        long size = Files.size(file);
        if (size > PageLimits.PAGE_BYTES) {
            // Checked before reading: a 50 MB page would take the heap with it.
            problems.error(CONTENT + "/" + contentPath, 1, 1, TextFile.tooBig("page", size, PageLimits.PAGE_BYTES)
                    + "; split it into several pages");
            return null;
        }
        return read(CONTENT + "/" + contentPath, contentPath, Files.readAllBytes(file), problems);
    }

    /** Metric snapshots, feedback exports and topics.yaml: data for reports, not pages or assets. */
    private static boolean isData(Path relative) {
        String first = relative.getName(0).toString();
        return relative.getNameCount() > 1 && DATA_FOLDERS.contains(first)
                || relative.getNameCount() == 1 && first.equals("topics.yaml");
    }

    /**
     * Parses one Markdown file. Returns null (with problems recorded) when the file cannot be a
     * page at all; otherwise a page, even if some front-matter values were wrong.
     */
    static PageSource read(String path, String contentPath, byte[] bytes, Problems problems) {
        return PageReader.read(path, contentPath, bytes, problems);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~")) {
                return true;
            }
        }
        return false;
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}

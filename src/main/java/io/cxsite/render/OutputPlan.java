package io.cxsite.render;

import io.cxsite.content.Asset;
import io.cxsite.diagnostics.Problems;
import io.cxsite.site.Alias;
import io.cxsite.site.Page;
import io.cxsite.site.Section;
import io.cxsite.site.Site;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every path one render will write, claimed before anything is made. cxsite's own files (theme and
 * static files, sitemap, feed, search, tag pages, charts, metrics) are claimed first; then each page,
 * section, alias and asset, so content that would take the place of another file, or of a folder
 * cxsite fills, is an error at the line that chose its path rather than a clash while writing.
 */
final class OutputPlan {
    /**
     * Who wants a path. {@code what} names it for messages ("the sitemap (sitemap.xml)"); the rest
     * is empty for cxsite's own files, else where the path was chosen and what to do about a clash.
     */
    record Claim(String what, String source, int line, int column, String subject, String advice) {
        static Claim generated(String what) {
            return new Claim(what, null, 0, 0, null, null);
        }

        boolean isGenerated() {
            return source == null;
        }
    }

    /** A claimed file: its path as written (for messages, and to tell it from another spelling) and who claimed it. */
    private record Claimed(String path, Claim claim) {
    }

    // Every map is keyed by OutputNames.key: paths that differ only in case or Unicode form are one
    // file on macOS and Windows, so they clash everywhere.
    private final Map<String, Claimed> files = new HashMap<>();
    /** Folders whose every file is cxsite's: a tag, chart or search index may appear in them any day. */
    private final Map<String, Claim> ownedFolders = new HashMap<>();
    /** Each folder some claimed file lies in, with the first such claim: a file may not have its name. */
    private final Map<String, Claim> parents = new HashMap<>();
    private final Problems problems;
    private boolean clashed;

    OutputPlan(Problems problems) {
        this.problems = problems;
    }

    /** A folder (ending in '/') that only cxsite writes into. */
    void ownFolder(String folder, String what) {
        ownedFolders.put(OutputNames.key(folder), Claim.generated(what));
    }

    /** Claims {@code path} for {@code claim}; a clash with an earlier claim is an error at {@code claim}. */
    void claim(String path, Claim claim) {
        Optional<String> unfit = claim.isGenerated() ? Optional.empty() : OutputNames.unfit(path);
        if (unfit.isPresent()) {
            refuse(claim, path, unfit.get());
            return;
        }
        String key = OutputNames.key(path);
        Claim other = clash(key);
        if (other != null) {
            if (claim.isGenerated()) {
                throw new IllegalStateException("cxsite makes two files at " + path);
            }
            Claimed same = files.get(key);
            String earlier = same == null ? path : same.path();
            refuse(claim, path, "which clashes with " + other.what() + (earlier.equals(path) ? ""
                    : " (" + earlier + ": macOS ignores case and Unicode form in names, and Windows case, so there the"
                    + " two are one file)"));
            return;
        }
        files.put(key, new Claimed(path, claim));
        for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
            parents.putIfAbsent(key.substring(0, slash + 1), claim);
        }
    }

    private void refuse(Claim claim, String path, String why) {
        clashed = true;
        problems.error(claim.source(), claim.line(), claim.column(), claim.subject() + " would be written to "
                + path + ", " + why + "; " + claim.advice());
    }

    /**
     * Claims the path of every page, section page, alias and asset of {@code site}, each at the
     * line that chose it: the {@code slug:} or the file's name, the folder, the {@code aliases:} entry.
     */
    void claimContent(Site site) {
        for (Page page : site.pages()) {
            boolean slug = page.meta().slug().isPresent();
            claim(page.url() + "index.html", new Claim("the page " + page.sourcePath(), page.sourcePath(),
                    slug ? page.meta().slugAt().line() : 1, slug ? page.meta().slugAt().column() : 1,
                    "the page's URL /" + page.url(),
                    slug ? "choose another 'slug:'" : "rename the file or give it a 'slug:'"));
        }
        for (Section section : site.sections().values()) {
            String source = sourceOf(site, section);
            claim(section.url() + "index.html", new Claim("the section page of " + source, source, 1, 1,
                    "the section's URL /" + section.url(), "rename the folder"));
        }
        for (Alias alias : site.aliases()) {
            claim(alias.path(), new Claim("an alias in " + alias.sourcePath(), alias.sourcePath(), alias.line(),
                    alias.column(), "this alias", "choose another alias or remove it"));
        }
        for (Asset asset : site.assets()) {
            String source = "content/" + asset.contentPath();
            claim(asset.contentPath(), new Claim("the file " + source, source, 1, 1, "this file",
                    "rename or move it (a file meant to replace one of the theme's belongs in static/)"));
        }
    }

    /** A section's _index.md, or for a folder without one its first page, where its problems point. */
    private static String sourceOf(Site site, Section section) {
        String index = section.index().sourcePath();
        if (!index.endsWith("/")) {
            return index;
        }
        if (!section.pages().isEmpty()) {
            return section.pages().get(0).sourcePath();
        }
        return section.subsections().stream().map(u -> sourceOf(site, site.sections().get(u))).findFirst()
                .orElse(index);
    }

    /** True when some content claim clashed; the render stops before writing anything. */
    boolean failed() {
        return clashed;
    }

    /** Whether {@code path} was claimed, or lies in a folder cxsite owns: every file written must be. */
    boolean covers(String path) {
        String key = OutputNames.key(path);
        Claimed file = files.get(key);
        return file != null && file.path().equals(path) || ownerOf(key) != null;
    }

    private Claim clash(String path) {
        Claimed same = files.get(path);
        if (same != null) {
            return same.claim();
        }
        Claim folder = parents.get(path + "/");
        if (folder != null) {
            return folder;
        }
        Claim owner = ownerOf(path);
        if (owner != null) {
            return owner;
        }
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            Claimed file = files.get(path.substring(0, slash));
            if (file != null) {
                return file.claim();
            }
        }
        return null;
    }

    private Claim ownerOf(String path) {
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            Claim owner = ownedFolders.get(path.substring(0, slash + 1));
            if (owner != null) {
                return owner;
            }
        }
        return null;
    }
}

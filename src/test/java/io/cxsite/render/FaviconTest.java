package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default theme's icon: every page names one that the build wrote, and a site's own icon wins. */
class FaviconTest {
    private static final Pattern ICON = Pattern.compile("<link rel=\"icon\" href=\"/cx/([^\"]+)\"");
    private static final String SITE = """
            -- site.yaml --
            title: CX
            baseUrl: https://acme.example/cx/
            -- content/_index.md --
            ---
            title: Home
            ---
            -- content/help/_index.md --
            ---
            title: Help
            ---
            -- content/help/login.md --
            ---
            title: Log in
            tags: [account]
            ---
            """;

    @TempDir
    Path dir;

    /** The icon each HTML page names, checked to be a file of the build. */
    private static List<String> icons(Map<String, byte[]> files) {
        List<String> icons = new ArrayList<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                Matcher m = ICON.matcher(new String(bytes, StandardCharsets.UTF_8));
                assertTrue(m.find(), path + " names an icon");
                assertTrue(files.containsKey(m.group(1)), path + ": " + m.group(1) + " was not written");
                icons.add(m.group(1));
            }
        });
        return icons;
    }

    @Test
    void everyPageNamesTheThemesIcon() {
        TestSite site = TestSite.write(dir, SITE);
        assertFalse(site.build().failed());
        Map<String, byte[]> files = TestSite.snapshot(site.output());
        List<String> icons = icons(files);
        assertTrue(icons.size() >= 5, "home, help, an article, tags, 404: " + icons);
        assertTrue(icons.stream().allMatch("favicon.svg"::equals), icons.toString());
        assertTrue(new String(files.get("favicon.svg"), StandardCharsets.UTF_8).startsWith("<svg"));
        assertTrue(new String(files.get("404.html"), StandardCharsets.UTF_8).contains("type=\"image/svg+xml\""));
    }

    @Test
    void theSitesOwnSvgReplacesTheThemes() throws Exception {
        TestSite site = TestSite.write(dir, SITE + "-- static/favicon.svg --\n<svg id=\"ours\"/>\n");
        assertFalse(site.build().failed());
        Map<String, byte[]> files = TestSite.snapshot(site.output());
        assertTrue(icons(files).stream().allMatch("favicon.svg"::equals));
        assertArrayEquals(Files.readAllBytes(dir.resolve("static/favicon.svg")), files.get("favicon.svg"));
    }

    @Test
    void theSitesOwnIcoWinsOverTheThemesSvg() {
        TestSite site = TestSite.write(dir, SITE + "-- static/favicon.ico --\nICO\n");
        assertFalse(site.build().failed());
        Map<String, byte[]> files = TestSite.snapshot(site.output());
        List<String> icons = icons(files);
        assertTrue(icons.stream().allMatch("favicon.ico"::equals), icons.toString());
        assertEquals("ICO\n", new String(files.get("favicon.ico"), StandardCharsets.UTF_8));
        assertFalse(new String(files.get("index.html"), StandardCharsets.UTF_8).contains("image/svg+xml"));
    }
}

package io.cxsite.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Names where a template lives, relative to the site root, for error messages. */
final class TemplatePaths {
    private final Path siteDir;
    private final String themeTemplates;

    TemplatePaths(Path siteDir, String themeName, Optional<Theme> theme) {
        this.siteDir = siteDir;
        this.themeTemplates = theme.map(Theme::label).orElse("themes/" + themeName) + "/" + SiteRenderer.TEMPLATES;
    }

    /** The site's own templates/ file when it has one of that name, else the theme's; the theme's folder for no name. */
    String of(String name) {
        if (name == null) {
            return themeTemplates;
        }
        String folder = SiteRenderer.TEMPLATES + "/";
        String file = Path.of(name).getFileName().toString();
        String relative = name.contains(folder) ? name.substring(name.lastIndexOf(folder) + folder.length()) : file;
        if (Files.isRegularFile(siteDir.resolve(SiteRenderer.TEMPLATES).resolve(relative))) {
            return folder + relative;
        }
        return themeTemplates + "/" + relative;
    }
}

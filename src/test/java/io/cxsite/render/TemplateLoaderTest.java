package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TemplateLoader} resolves every include name exactly as Pebble's {@link DelegatingLoader} does. */
class TemplateLoaderTest {
    @TempDir
    Path dir;

    private List<Loader<?>> loaders() {
        return List.of(new FileLoader(dir.resolve("site").toString()), new FileLoader(dir.resolve("theme").toString()),
                new ClasspathLoader(TemplateLoaderTest.class.getClassLoader()));
    }

    @Test
    void everyNameResolvesAsInPebble() {
        DelegatingLoader pebble = new DelegatingLoader(loaders());
        TemplateLoader ours = new TemplateLoader(loaders());
        List<String> names = new ArrayList<>(List.of("", ".", "..", "./", "../", "./a.peb", "../a.peb", ".a.peb",
                "..a.peb", ".\\a.peb", "..\\a.peb", ".//a.peb", "..//b/../a.peb", "partials/nav.peb", "/partials/nav.peb",
                "\\partials\\nav.peb", "a/./b.peb", "a/../b.peb", " ./a.peb", "./../../x.peb", "...", ".../a"));
        String[] parts = {".", "..", "/", "\\", "a", "b.peb", "//", "ø", " "};
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                name.append(parts[random.nextInt(parts.length)]);
            }
            names.add(name.toString());
        }
        List<String> anchors = List.of("page.peb", "partials/nav.peb", "a/b/c.peb", "", "\\x\\y.peb");
        names.add(null);
        for (String name : names) {
            for (String anchor : anchors) {
                assertEquals(outcome(pebble, name, anchor), outcome(ours, name, anchor),
                        () -> "name '" + name + "' in '" + anchor + "'");
            }
        }
    }

    /** The resolved name, or what Pebble throws for it (it fails on some odd relative names, e.g. {@code ../} from the root). */
    private static String outcome(Loader<?> loader, String name, String anchor) {
        try {
            return String.valueOf(loader.resolveRelativePath(name, anchor));
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getName();
        }
    }

    @Test
    void relativeAndPlainIncludesBothRender() throws IOException {
        Files.createDirectories(dir.resolve("site/partials"));
        Files.writeString(dir.resolve("site/page.peb"),
                "[{% include \"partials/a.peb\" %}|{% include \"./partials/a.peb\" %}]");
        Files.writeString(dir.resolve("site/partials/a.peb"), "A{% include \"./b.peb\" %}{% include \"../c.peb\" %}");
        Files.writeString(dir.resolve("site/partials/b.peb"), "B");
        Files.writeString(dir.resolve("site/c.peb"), "C");
        PebbleEngine engine = new PebbleEngine.Builder().loader(new TemplateLoader(loaders())).build();
        StringWriter out = new StringWriter();
        engine.getTemplate("page.peb").evaluate(out, Map.of());
        assertEquals("[ABC|ABC]", out.toString());
    }
}

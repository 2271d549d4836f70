package io.cxsite.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.util.Set;

/**
 * The last loader in line: the default theme's {@link Partial}s from inside cxsite, and nothing
 * else. A site's own theme written before a partial existed still builds; its other templates are
 * never replaced behind its back.
 */
final class PartialLoader implements Loader<String> {
    private final ClasspathLoader builtIn = new ClasspathLoader(PartialLoader.class.getClassLoader());
    private final Set<String> names = Set.copyOf(Partial.templates());

    PartialLoader() {
        builtIn.setPrefix(Theme.BUILT_IN + "default/" + SiteRenderer.TEMPLATES);
    }

    @Override
    public Reader getReader(String name) {
        if (!names.contains(name)) {
            throw new LoaderException(null, "not a partial of cxsite: " + name);
        }
        return builtIn.getReader(name);
    }

    @Override
    public void setCharset(String charset) {
        builtIn.setCharset(charset);
    }

    @Override
    public void setPrefix(String prefix) {
        // The prefix is the built-in theme's folder, fixed.
    }

    @Override
    public void setSuffix(String suffix) {
        builtIn.setSuffix(suffix);
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return builtIn.resolveRelativePath(relativePath, anchorPath);
    }

    @Override
    public String createCacheKey(String name) {
        return builtIn.createCacheKey(name);
    }

    @Override
    public boolean resourceExists(String name) {
        return names.contains(name) && builtIn.resourceExists(name);
    }
}

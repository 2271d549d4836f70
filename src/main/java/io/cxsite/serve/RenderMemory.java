package io.cxsite.serve;

import io.cxsite.render.SiteRenderer;
import io.cxsite.site.Page;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the last successful render made, so that the next one skips the work whose inputs are
 * equal: page bodies and search texts by their inputs, and each template-made file by its template
 * and context (records with deep equality, the body included). A memory belongs to one renderer:
 * when templates, theme, static files or words change, the build starts a new one.
 *
 * <p>Each render works in a {@link Session}; only a session whose output was published becomes
 * the memory, so a failed render leaves it as it was.
 */
final class RenderMemory {
    /** The template and context a file was made from; the context copied before evaluation. */
    private record Made(String template, Map<String, Object> context) {
    }

    private Map<Object, String> bodies = Map.of();
    private Map<Page, String> texts = Map.of();
    private Map<String, Made> made = Map.of();
    private Map<String, Optional<FileStamp>> copied = Map.of();

    /** Whether nothing was kept yet: a new renderer's memory. */
    boolean isEmpty() {
        return made.isEmpty();
    }

    /** A render of the whole site: every page's context is made and compared. */
    Session begin() {
        return new Session(Optional.empty());
    }

    /**
     * A render of only {@code pages} (identity) and what needs no context; the caller knows nothing
     * else can have changed, as after {@link BodySwap}.
     */
    Session beginFor(Set<Page> pages) {
        Set<Page> only = Collections.newSetFromMap(new IdentityHashMap<>());
        only.addAll(pages);
        return new Session(Optional.of(only));
    }

    /** Makes what {@code session} made and kept the memory of the next render; search texts come with {@link #keepTexts}. */
    void keep(Session session) {
        if (session.only.isPresent()) {
            // The pages skipped keep what they had. In place: copying would hash every key again.
            bodies = merged(bodies, session.bodies);
            made = merged(made, session.made);
        } else {
            bodies = session.bodies;
            made = session.made;
        }
        copied = session.copied;
    }

    /** The search texts of a session whose sitemap, feed and search indexes were made. */
    void keepTexts(Session session) {
        texts = session.texts;
    }

    private static <K, V> Map<K, V> merged(Map<K, V> before, Map<K, V> now) {
        // Sessions make their maps concurrent; the memory's first maps are empty and immutable.
        Map<K, V> all = before instanceof ConcurrentHashMap ? before : new ConcurrentHashMap<>(before);
        all.putAll(now);
        return all;
    }

    /** One render's view of the memory; thread-safe, as pages render in parallel. */
    final class Session implements SiteRenderer.Memory {
        private final Optional<Set<Page>> only;
        private final Map<Object, String> bodiesBefore = RenderMemory.this.bodies;
        private final Map<Page, String> textsBefore = RenderMemory.this.texts;
        private final Map<String, Made> madeBefore = RenderMemory.this.made;
        private final Map<String, Optional<FileStamp>> copiedBefore = RenderMemory.this.copied;
        private final Map<Object, String> bodies = new ConcurrentHashMap<>(bodiesBefore.size() * 2 + 16);
        private final Map<Page, String> texts = new ConcurrentHashMap<>(textsBefore.size() * 2 + 16);
        private final Map<String, Made> made = new ConcurrentHashMap<>(madeBefore.size() * 2 + 16);
        private final Map<String, Optional<FileStamp>> copied = new ConcurrentHashMap<>();
        private final Set<String> kept = ConcurrentHashMap.newKeySet();
        private final AtomicInteger rendered = new AtomicInteger();
        private Runnable siteFiles = () -> { };
        private volatile BooleanSupplier stop = () -> false;

        private Session(Optional<Set<Page>> only) {
            this.only = only;
        }

        @Override
        public boolean renders(Optional<Page> page) {
            return only.isEmpty() || page.isPresent() && only.get().contains(page.get());
        }

        @Override
        public String body(Object inputs, Supplier<String> render) {
            String body = bodiesBefore.get(inputs);
            if (body == null) {
                body = render.get();
            }
            bodies.put(inputs, body);
            return body;
        }

        @Override
        public String text(Page page, Function<Page, String> render) {
            String text = textsBefore.get(page);
            if (text == null) {
                text = render.apply(page);
            }
            texts.put(page, text);
            return text;
        }

        @Override
        public boolean changed(String path, String template, Map<String, Object> context) {
            Made now = new Made(template, new HashMap<>(context));
            Made before = madeBefore.get(path);
            if (now.equals(before)) {
                made.put(path, before);
                kept.add(path);
                return false;
            }
            made.put(path, now);
            rendered.incrementAndGet();
            return true;
        }

        @Override
        public boolean changed(String path, Path source) {
            Optional<FileStamp> now = FileStamp.of(source);
            Optional<FileStamp> before = copiedBefore.get(path);
            copied.put(path, now);
            if (now.isPresent() && now.equals(before)) {
                kept.add(path);
                return false;
            }
            return true;
        }

        @Override
        public void siteFiles(Runnable step) {
            siteFiles = step;
        }

        @Override
        public boolean stopping() {
            return stop.getAsBoolean();
        }

        /**
         * Runs the sitemap, feed and search-index step that {@link SiteRenderer} handed over; it
         * ends with a {@link java.util.concurrent.CancellationException} when {@code stop} says so.
         */
        void runSiteFiles(BooleanSupplier stop) {
            this.stop = stop;
            siteFiles.run();
        }

        /** Whether this render made only some pages: the files of the others are as they were. */
        boolean partial() {
            return only.isPresent();
        }

        /** The files made from templates last time whose pages this render did not look at. */
        Set<String> skipped() {
            Set<String> skipped = new java.util.HashSet<>(madeBefore.keySet());
            skipped.removeAll(made.keySet());
            return skipped;
        }

        /** The output paths this render skipped because the last one made them from equal inputs. */
        Set<String> kept() {
            return kept;
        }

        /** How many files were made from templates, not skipped. */
        int rendered() {
            return rendered.get();
        }
    }
}

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic cxsite site with N pages, for the build benchmark.
 *
 * <pre>java bench/GenerateSite.java OUT_DIR N</pre>
 *
 * The output is a pure function of N (seeded java.util.Random, no clock, no map-order
 * dependence): the same N always gives byte-identical files. Every relative link points at a
 * page that exists, and every {@code #anchor} at a heading that really is in the target page.
 * Heading text is plain lower-case ASCII words, unique within a page, so its GitHub-style id is
 * simply the words joined with '-'.
 *
 * Layout: content/_index.md, 20 top-level sections s00..s19 each with an _index.md and three
 * sub-sections (s00/t0 .. s00/t2, one of which has a further sub-section s00/t0/deep), pages
 * spread over all of those folders.
 */
public class GenerateSite {

    static final long SEED = 0x5EEDB0B5L;
    static final int SECTIONS = 20;
    static final int SUBSECTIONS = 3;

    static final String[] WORDS = (
            "customer experience journey feedback survey score promoter detractor passive loyalty "
            + "retention churn contact channel email chat phone ticket agent queue response resolution "
            + "time first call effort satisfaction quality insight trend segment cohort region market "
            + "product service release feature account billing invoice payment refund order delivery "
            + "shipping return warranty support guide article help page team process workflow policy "
            + "escalation priority owner review action plan goal target metric baseline benchmark period "
            + "week month quarter year report summary dashboard chart table value change growth decline "
            + "signal noise sample panel question answer comment theme topic keyword driver root cause "
            + "friction moment touchpoint onboarding renewal upgrade login password reset profile setting "
            + "notification mobile web store partner vendor contract budget cost saving risk issue "
            + "incident outage status update follow closing loop learning coaching training script "
            + "template checklist standard rule exception approval handover backlog sprint roadmap "
            + "experiment test variant control result impact evidence finding recommendation decision "
            + "stakeholder executive manager analyst leader member staff community forum knowledge base "
            + "search index link reference example note tip warning step task outcome habit culture").split(" ");

    static final String[] TAGS = {
            "nps", "csat", "ces", "churn", "retention", "onboarding", "billing", "payments", "refunds",
            "delivery", "returns", "warranty", "login", "passwords", "accounts", "mobile", "web", "chat",
            "email", "phone", "tickets", "escalation", "sla", "quality", "coaching", "training",
            "knowledge-base", "self-service", "feedback", "surveys", "segments", "cohorts", "regions",
            "dashboards", "reporting", "kpis", "experiments", "roadmap", "incidents", "outages", "status",
            "privacy", "accessibility", "localization", "partners", "vendors", "contracts", "renewals",
            "upgrades", "community"};

    static final String[] LANGS = {"java", "yaml", "bash", "json", "sql"};

    /** One page (or section index) as planned in the first pass. */
    static final class Doc {
        final String contentPath; // relative to content/, e.g. s03/t1/churn-signal-00042.md
        final String title;
        final List<String> headings = new ArrayList<>();

        Doc(String contentPath, String title) {
            this.contentPath = contentPath;
            this.title = title;
        }

        String folder() {
            int i = contentPath.lastIndexOf('/');
            return i < 0 ? "" : contentPath.substring(0, i);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/GenerateSite.java OUT_DIR N");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n;
        try {
            n = Integer.parseInt(args[1]);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1) {
            System.err.println("N must be a positive integer, got: " + args[1]);
            System.exit(2);
        }
        long started = System.nanoTime();
        Random rnd = new Random(SEED ^ n);

        // Folders: top-level sections, their sub-sections, and one deeper level in t0.
        List<String> folders = new ArrayList<>();
        List<String> sectionFolders = new ArrayList<>();
        for (int s = 0; s < SECTIONS; s++) {
            String sec = String.format(Locale.ROOT, "s%02d", s);
            sectionFolders.add(sec);
            folders.add(sec);
            for (int t = 0; t < SUBSECTIONS; t++) {
                String sub = sec + "/t" + t;
                sectionFolders.add(sub);
                folders.add(sub);
                if (t == 0) {
                    sectionFolders.add(sub + "/deep");
                    folders.add(sub + "/deep");
                }
            }
        }

        // Pass 1: plan every page (path, title, headings) so that links can target them.
        List<Doc> pages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String folder = folders.get(i % folders.size());
            String w1 = word(rnd);
            String w2 = word(rnd);
            String file = String.format(Locale.ROOT, "%s-%s-%05d.md", w1, w2, i);
            Doc d = new Doc(folder + "/" + file, capitalize(w1) + " " + w2 + " " + word(rnd) + " " + (i + 1));
            int headingCount = 3 + rnd.nextInt(4); // 3..6
            Set<String> seen = new LinkedHashSet<>();
            while (seen.size() < headingCount) {
                int len = 2 + rnd.nextInt(3);
                StringBuilder h = new StringBuilder();
                for (int k = 0; k < len; k++) {
                    if (k > 0) {
                        h.append(' ');
                    }
                    h.append(word(rnd));
                }
                seen.add(h.toString());
            }
            d.headings.addAll(seen);
            pages.add(d);
        }

        // Pass 2: write everything.
        Path content = out.resolve("content");
        Files.createDirectories(content);
        write(out.resolve("site.yaml"), "title: Synthetic bench site\nbaseUrl: https://example.org/\n");
        write(content.resolve("_index.md"), "---\ntitle: Synthetic bench site\n"
                + "description: A generated site with " + n + " pages for the build benchmark\n---\n\n"
                + "This site is generated by `bench/GenerateSite.java` with " + n + " pages.\n\n"
                + paragraph(rnd, null, 40) + "\n");
        for (String folder : sectionFolders) {
            Files.createDirectories(content.resolve(folder));
            String name = folder.replace('/', ' ');
            write(content.resolve(folder).resolve("_index.md"), "---\ntitle: Section " + name + "\n"
                    + "description: Pages about " + word(rnd) + " and " + word(rnd) + "\n"
                    + "weight: " + (sectionFolders.indexOf(folder) + 1) + "\n---\n\n"
                    + paragraph(rnd, null, 60) + "\n");
        }

        long words = 0;
        long bytes = 0;
        int links = 0;
        int anchored = 0;
        int tables = 0;
        int codeBlocks = 0;
        int aliases = 0;
        for (int i = 0; i < n; i++) {
            Doc d = pages.get(i);
            StringBuilder sb = new StringBuilder(6000);
            // Front matter
            sb.append("---\n");
            sb.append("title: ").append(d.title).append('\n');
            sb.append("description: ").append(capitalize(sentenceWords(rnd, 8 + rnd.nextInt(8)))).append('\n');
            int year = 2024 + rnd.nextInt(3);
            sb.append(String.format(Locale.ROOT, "date: %04d-%02d-%02d\n", year, 1 + rnd.nextInt(12),
                    1 + rnd.nextInt(28)));
            if (rnd.nextInt(10) < 3) {
                sb.append("weight: ").append(1 + rnd.nextInt(100)).append('\n');
            }
            int tagCount = 1 + rnd.nextInt(3);
            Set<String> tags = new LinkedHashSet<>();
            while (tags.size() < tagCount) {
                // skewed so that some tags are big and some small, as in real sites
                int t = (int) (TAGS.length * Math.pow(rnd.nextDouble(), 1.6));
                tags.add(TAGS[Math.min(t, TAGS.length - 1)]);
            }
            sb.append("tags: [").append(String.join(", ", tags)).append("]\n");
            if (i % 50 == 7) {
                sb.append(String.format(Locale.ROOT, "aliases: [/old/p%05d/]\n", i));
                aliases++;
            }
            sb.append("---\n\n");

            // Links: 2..4 other pages, spread over the body's paragraphs.
            int linkCount = 2 + rnd.nextInt(3);
            List<String> linkMd = new ArrayList<>();
            for (int k = 0; k < linkCount; k++) {
                Doc target;
                do {
                    target = pages.get(rnd.nextInt(n));
                } while (target == d && n > 1);
                if (target == d) {
                    break; // N == 1: nothing else to link to
                }
                String href = relative(d.folder(), target.contentPath);
                String text = target.title;
                if (rnd.nextBoolean()) {
                    String h = target.headings.get(rnd.nextInt(target.headings.size()));
                    href += "#" + h.replace(' ', '-');
                    text = h;
                    anchored++;
                }
                linkMd.add("[" + text + "](" + href + ")");
                links++;
            }

            // Body: intro, then one block per heading, until ~400-800 words.
            int targetWords = 330 + rnd.nextInt(340); // measured result: ~400-800 words incl. lists, tables, code
            int bodyWords = 0;
            int linkIdx = 0;
            String intro = paragraph(rnd, null, 50 + rnd.nextInt(30));
            sb.append(intro).append("\n\n");
            bodyWords += countWords(intro);
            boolean wantTable = rnd.nextInt(10) < 3;
            boolean wantCode = rnd.nextInt(10) < 4;
            int listAt = rnd.nextInt(d.headings.size());
            int tableAt = rnd.nextInt(d.headings.size());
            int codeAt = rnd.nextInt(d.headings.size());
            int perSection = Math.max(40, (targetWords - bodyWords) / d.headings.size());
            for (int h = 0; h < d.headings.size(); h++) {
                sb.append("## ").append(capitalize(d.headings.get(h))).append("\n\n");
                int sectionWords = 0;
                while (sectionWords < perSection) {
                    String link = linkIdx < linkMd.size() && rnd.nextInt(3) == 0 ? linkMd.get(linkIdx++) : null;
                    int want = Math.min(40 + rnd.nextInt(50), perSection - sectionWords);
                    String p = paragraph(rnd, link, Math.max(want, 20));
                    sb.append(p).append("\n\n");
                    sectionWords += countWords(p);
                }
                if (h == listAt) {
                    int items = 3 + rnd.nextInt(4);
                    for (int k = 0; k < items; k++) {
                        String item = capitalize(sentenceWords(rnd, 4 + rnd.nextInt(8)));
                        if (k == 0) {
                            item = "**" + item + "**";
                        }
                        sb.append("- ").append(item).append('\n');
                        sectionWords += countWords(item);
                    }
                    sb.append('\n');
                }
                if (wantTable && h == tableAt) {
                    int cols = 3 + rnd.nextInt(2);
                    int rows = 3 + rnd.nextInt(5);
                    sb.append('|');
                    for (int c = 0; c < cols; c++) {
                        sb.append(' ').append(capitalize(word(rnd))).append(" |");
                    }
                    sb.append("\n|");
                    for (int c = 0; c < cols; c++) {
                        sb.append(c == 0 ? " --- |" : " ---: |");
                    }
                    sb.append('\n');
                    for (int r = 0; r < rows; r++) {
                        sb.append("| ").append(word(rnd)).append(" |");
                        for (int c = 1; c < cols; c++) {
                            sb.append(' ').append(rnd.nextInt(1000) / 10.0).append(" |");
                        }
                        sb.append('\n');
                        sectionWords += cols;
                    }
                    sb.append('\n');
                    tables++;
                }
                if (wantCode && h == codeAt) {
                    String lang = LANGS[rnd.nextInt(LANGS.length)];
                    sb.append("```").append(lang).append('\n');
                    int lines = 3 + rnd.nextInt(8);
                    for (int k = 0; k < lines; k++) {
                        sb.append(codeLine(rnd, lang, k)).append('\n');
                    }
                    sb.append("```\n\n");
                    codeBlocks++;
                }
                bodyWords += sectionWords;
            }
            // Links not yet placed go into a closing "see also" line.
            if (linkIdx < linkMd.size()) {
                sb.append("See also ").append(String.join(", ", linkMd.subList(linkIdx, linkMd.size()))).append(".\n");
            }
            words += bodyWords;
            byte[] data = sb.toString().getBytes(StandardCharsets.UTF_8);
            bytes += data.length;
            Path file = content.resolve(d.contentPath);
            Files.write(file, data);
        }
        // Marker so that scripts can tell which N a folder was generated for.
        write(out.resolve(".bench-n"), n + "\n");

        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(Locale.ROOT,
                "generated %d pages + %d section indexes in %s: %d words (avg %d/page), %.1f MB, %d links "
                        + "(%d with #anchor), %d tables, %d code blocks, %d aliases, in %d ms%n",
                n, sectionFolders.size() + 1, out, words, words / n, bytes / 1e6, links, anchored, tables,
                codeBlocks, aliases, ms);
    }

    static String word(Random rnd) {
        return WORDS[rnd.nextInt(WORDS.length)];
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String sentenceWords(Random rnd, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(word(rnd));
        }
        return sb.toString();
    }

    /** A paragraph of about {@code approxWords} words with inline markup and optional links. */
    static String paragraph(Random rnd, String link, int approxWords) {
        StringBuilder sb = new StringBuilder();
        int written = 0;
        boolean linkPlaced = link == null;
        while (written < approxWords) {
            int len = 6 + rnd.nextInt(12);
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < len; k++) {
                String w = k == 0 ? capitalize(word(rnd)) : word(rnd);
                int roll = rnd.nextInt(40);
                if (roll == 0) {
                    w = "**" + w + "**";
                } else if (roll == 1) {
                    w = "_" + w + "_";
                } else if (roll == 2) {
                    w = "`" + w + "." + word(rnd) + "`";
                }
                if (k > 0) {
                    s.append(k % 7 == 3 && rnd.nextBoolean() ? ", " : " ");
                }
                s.append(w);
            }
            written += len;
            if (!linkPlaced && written > approxWords / 2) {
                s.append(", see ").append(link);
                linkPlaced = true;
            }
            s.append(rnd.nextInt(8) == 0 ? "?" : ".");
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s);
        }
        if (!linkPlaced) {
            sb.append(" See ").append(link).append('.');
        }
        return sb.toString();
    }

    static String codeLine(Random rnd, String lang, int k) {
        String a = word(rnd);
        String b = word(rnd);
        int v = rnd.nextInt(500);
        return switch (lang) {
            case "java" -> "    int " + a + capitalize(b) + " = compute(\"" + a + "\", " + v + ");";
            case "yaml" -> a + "_" + b + ": " + v;
            case "bash" -> "cxsite " + a + " --" + b + " " + v;
            case "json" -> (k == 0 ? "{ " : "  ") + "\"" + a + "\": " + v + ",";
            default -> "SELECT " + a + ", count(*) FROM " + b + " WHERE score > " + v + ";";
        };
    }

    static int countWords(String s) {
        int c = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = s.charAt(i) == ' ' || s.charAt(i) == '\n';
            if (!ws && !in) {
                c++;
            }
            in = !ws;
        }
        return c;
    }

    /** The relative link from a file in folder {@code fromFolder} to {@code toPath} (both under content/). */
    static String relative(String fromFolder, String toPath) {
        Path from = Path.of(fromFolder.isEmpty() ? "." : fromFolder);
        String rel = from.relativize(Path.of(toPath)).toString().replace('\\', '/');
        return rel;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

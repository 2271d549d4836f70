package io.cxsite.check;

import io.cxsite.config.Audience;
import io.cxsite.diagnostics.Severity;
import io.cxsite.site.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * The output folders a public build must not carry (DESIGN.md "Audience"): {@code data/},
 * {@code charts/}, and each language's {@code reports/} unless the site made it public on purpose.
 */
final class InternalFolders {
    /** Folders of internal data: a public build carries none of them. */
    static final List<String> DATA_FOLDERS = List.of("data/", "charts/");
    static final String REPORTS = "reports/";

    private final List<String> folders;
    private final String baseUrl;
    private final String basePath;

    private InternalFolders(List<String> folders, String baseUrl, String basePath) {
        this.folders = folders;
        this.baseUrl = baseUrl;
        this.basePath = basePath;
    }

    /** The internal folders of {@code site}, whose home pages are at {@code homes}. */
    static InternalFolders of(Site site, List<String> homes) {
        List<String> folders = new ArrayList<>(DATA_FOLDERS);
        for (String home : homes) {
            // A site may publish its reports on purpose: reports/_index.md with audience: public.
            boolean publicReports = site.section(home + REPORTS)
                    .map(s -> s.index().audience() == Audience.PUBLIC).orElse(false);
            if (!publicReports) {
                folders.add(home + REPORTS);
            }
        }
        return new InternalFolders(List.copyOf(folders), site.config().baseUrl(), site.config().basePath());
    }

    boolean contains(String sitePath) {
        return folders.stream().anyMatch(f -> sitePath.startsWith(f) || sitePath.equals(f.substring(0,
                f.length() - 1)));
    }

    /** The internal folder {@code sitePath} is in, for messages. */
    String folderOf(String sitePath) {
        return folders.stream().filter(f -> sitePath.startsWith(f) || (sitePath + "/").equals(f)).findFirst()
                .orElse(sitePath);
    }

    /** URLs of internal folders in a text file (search index, sitemap, feed), at their line and column. */
    List<Finding> urlsIn(String path, String text) {
        List<Finding> found = new ArrayList<>();
        List<String> needles = new ArrayList<>();
        for (String folder : folders) {
            needles.add(baseUrl + folder);
            needles.add("\"" + basePath + folder);
        }
        int[] next = new int[needles.size()];
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        for (int at = nextOf(text, needles, next, 0); at >= 0; at = nextOf(text, needles, next, at + 1)) {
            for (; scanned < at; scanned++) {
                if (text.charAt(scanned) == '\n') {
                    line++;
                    lineStart = scanned + 1;
                }
            }
            int start = text.charAt(at) == '"' ? at + 1 : at;
            int end = start;
            while (end < text.length() && " \"'<>\n\t,".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            found.add(new Finding(path, line, at - lineStart + 1, Severity.ERROR, "internal URL "
                    + text.substring(start, end) + " in a public build", Finding.NO_MARK, false));
        }
        return found;
    }

    /** The first place from {@code from} where a needle is; {@code next} keeps each needle's place between calls. */
    private static int nextOf(String text, List<String> needles, int[] next, int from) {
        int first = -1;
        for (int i = 0; i < needles.size(); i++) {
            if (next[i] >= 0 && next[i] < from || from == 0) {
                next[i] = text.indexOf(needles.get(i), from);
            }
            if (next[i] >= 0 && (first < 0 || next[i] < first)) {
                first = next[i];
            }
        }
        return first;
    }
}

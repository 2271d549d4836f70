package io.cxsite.check;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** URLs of a rendered page as the browser resolves them, against the site's base URL and path. */
final class Urls {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    /** A URL path with no dot segment, query, escape or second fragment mark. */
    private static final Pattern PLAIN = Pattern.compile("(?:/(?!\\.\\.?(?:/|#|$))[A-Za-z0-9_.~!$&'()*+,;=:@-]*)+/?"
            + "(?:#[A-Za-z0-9_.~!$&'()*+,;=:@/?-]*)?");

    enum Kind { SITE, EXTERNAL, OUTSIDE_BASE, MALFORMED }

    /** A URL as the browser resolves it: a site path (decoded, no query) and its fragment (decoded, may be empty). */
    record Target(Kind kind, String path, String fragment) {
        static Target of(Kind kind) {
            return new Target(kind, "", "");
        }
    }

    private final String baseUrl;
    private final String basePath;

    Urls(String baseUrl, String basePath) {
        this.baseUrl = baseUrl;
        this.basePath = basePath;
    }

    /** Where {@code url}, written in the output file {@code fromFile}, leads. */
    Target target(String fromFile, String url) {
        if (url.startsWith(baseUrl)) {
            url = basePath + url.substring(baseUrl.length());
        }
        if (url.isEmpty()) {
            return new Target(Kind.SITE, fromFile, "");
        }
        if (SCHEME.matcher(url).find() || url.startsWith("//")) {
            return Target.of(Kind.EXTERNAL);
        }
        if (url.startsWith(basePath) && PLAIN.matcher(url).matches()) {
            // What the theme writes on every page, /docs/guides/#x: nothing to resolve or decode.
            int hash = url.indexOf('#');
            return hash < 0 ? new Target(Kind.SITE, url.substring(basePath.length()), "")
                    : new Target(Kind.SITE, url.substring(basePath.length(), hash), url.substring(hash + 1));
        }
        URI resolved;
        try {
            resolved = URI.create(encode(basePath + fromFile)).resolve(encode(url));
        } catch (IllegalArgumentException e) {
            return Target.of(Kind.MALFORMED);
        }
        String path = resolved.getPath() == null ? "" : resolved.getPath();
        String fragment = resolved.getFragment() == null ? "" : resolved.getFragment();
        if ((path + "/").equals(basePath)) {
            return new Target(Kind.SITE, "", fragment); // /docs for /docs/: hosts redirect to the folder
        }
        if (!path.startsWith(basePath)) {
            // java.net.URI keeps ../ that climb above the root; so does a browser's address, nearly
            return path.startsWith("/") || path.isEmpty() ? Target.of(Kind.OUTSIDE_BASE) : Target.of(Kind.MALFORMED);
        }
        return new Target(Kind.SITE, path.substring(basePath.length()), fragment);
    }

    /** Percent-encodes what {@link URI} refuses but browsers accept: spaces, non-ASCII letters, a stray %. */
    static String encode(String url) {
        StringBuilder out = new StringBuilder(url.length() + 16);
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= ' ' || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString().replaceAll("%(?![0-9A-Fa-f]{2})", "%25");
    }

    /** The URL path of an output file: {@code guides/nps/} for {@code guides/nps/index.html}. */
    static String url(String path) {
        return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }
}

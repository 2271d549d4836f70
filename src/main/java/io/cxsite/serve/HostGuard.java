package io.cxsite.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells requests meant for this server from requests a hostile page made a browser send to it.
 * DNS rebinding points a name the attacker owns at 127.0.0.1, so the browser treats our pages as
 * the attacker's; its requests then carry the attacker's name in {@code Host}. A name that cannot
 * be rebound is accepted: {@code localhost} and {@code *.localhost} (RFC 6761: always loopback), an
 * IP address literal (no DNS involved), or the name serve was told to bind to, always at the
 * server's port. A request with an {@code Origin} header must come from the page origin its
 * {@code Host} names, so another site's page cannot hold an event stream open here.
 */
final class HostGuard {
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f.]*:[0-9a-f:.]*]");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private final String bindName;
    private final int port;

    HostGuard(String bind, int port) {
        this.bindName = bind.toLowerCase(Locale.ROOT);
        this.port = port;
    }

    /** A refused request's answer: its status and a line of plain text. */
    record Refusal(int status, String message) {}

    /** Why the request with these headers is refused, or empty when it may be answered. */
    Optional<Refusal> refusal(List<String> host, List<String> origin) {
        if (host == null || host.size() != 1 || !allowsHost(host.get(0))) {
            // 421 Misdirected Request: this server does not answer for that name.
            return Optional.of(new Refusal(421, "cxsite serve answers only requests for localhost, 127.0.0.1,"
                    + " [::1] or the address it listens on, at port " + port + "."));
        }
        if (origin != null && !origin.stream().allMatch(o -> o.equalsIgnoreCase("http://" + host.get(0)))) {
            return Optional.of(new Refusal(403, "cxsite serve answers its own pages, not pages of another site."));
        }
        return Optional.empty();
    }

    /** Whether a {@code Host} header value names this server: an unreboundable name at our port. */
    boolean allowsHost(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        // An IPv6 literal holds colons, so the port is what follows its closing bracket.
        int colon = text.lastIndexOf(':');
        if (colon >= 0 && text.indexOf(']') > colon) {
            colon = -1;
        }
        String name = colon < 0 ? text : text.substring(0, colon);
        String portText = colon < 0 ? "80" : text.substring(colon + 1);
        if (!PORT.matcher(portText).matches() || Integer.parseInt(portText) != port) {
            return false;
        }
        if (name.endsWith(".") && name.length() > 1) {
            name = name.substring(0, name.length() - 1);
        }
        return name.equals("localhost") || name.endsWith(".localhost") || IPV4.matcher(name).matches()
                || IPV6.matcher(name).matches() || name.equals(bindName);
    }
}

package io.cxsite.serve;

import java.nio.charset.StandardCharsets;

/** The live-reload script in the browser, and the tag that adds it to each HTML page served. */
final class LiveReloadScript {
    /** What goes before {@code </body>} of each HTML page served. */
    static final String TAG = "<script src=\"" + LiveReload.SCRIPT + "\"></script>\n";

    /** The script served at {@link LiveReload#SCRIPT}. */
    static final String TEXT = """
            // cxsite serve: reloads the page after each good rebuild, shows the problems of a failed one.
            (() => {
              const events = new EventSource("%s");
              let overlay = null;
              const hide = () => {
                if (overlay) {
                  overlay.remove();
                  overlay = null;
                }
              };
              const show = problems => {
                hide();
                overlay = document.createElement("div");
                overlay.id = "cxsite-problems";
                overlay.setAttribute("role", "alert");
                overlay.style.cssText = "position:fixed;left:0;right:0;top:0;max-height:70vh;overflow:auto;"
                  + "z-index:2147483647;margin:0;padding:1rem 1.25rem;background:#3a0b10;color:#fff4f4;"
                  + "font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;box-shadow:0 4px 24px rgba(0,0,0,.5);"
                  + "text-align:left;white-space:pre-wrap";
                const title = document.createElement("strong");
                title.textContent = "cxsite: the build failed. This is the last good build; it reloads when the"
                  + " problems are fixed.";
                const list = document.createElement("ul");
                list.style.cssText = "margin:.75rem 0 0;padding:0;list-style:none";
                for (const p of problems) {
                  const item = document.createElement("li");
                  item.textContent = `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`;
                  list.append(item);
                }
                const close = document.createElement("button");
                close.type = "button";
                close.textContent = "Hide";
                close.style.cssText = "float:right;font:inherit;margin-left:1rem";
                close.addEventListener("click", hide);
                overlay.append(close, title, list);
                document.body.append(overlay);
              };
              // Marks the page as listening, for whoever (a person in devtools, a test) wonders.
              events.addEventListener("open", () => {
                document.documentElement.dataset.cxsiteLive = "listening";
              });
              events.addEventListener("reload", () => {
                hide();
                location.reload();
              });
              events.addEventListener("problems", event => show(JSON.parse(event.data)));
            })();
            """.formatted(LiveReload.EVENTS);

    private LiveReloadScript() {
    }

    /** {@code html} with {@link #TAG} before its last {@code </body>}, or at the end when it has none. */
    static byte[] inject(byte[] html) {
        byte[] tag = TAG.getBytes(StandardCharsets.UTF_8);
        int at = lastIndexOfBodyEnd(html);
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    private static int lastIndexOfBodyEnd(byte[] html) {
        byte[] end = "</body".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = html.length - end.length; i >= 0; i--) {
            for (int j = 0; j < end.length; j++) {
                if (Character.toLowerCase(html[i + j]) != end[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

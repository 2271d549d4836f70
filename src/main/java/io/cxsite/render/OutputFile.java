package io.cxsite.render;

import java.nio.charset.StandardCharsets;

/**
 * One file of the built site.
 *
 * @param path site-relative output path with forward slashes, e.g. {@code guides/nps/index.html}
 */
public record OutputFile(String path, String mediaType, byte[] bytes) {

    public static OutputFile text(String path, String mediaType, String text) {
        return new OutputFile(path, mediaType, text.getBytes(StandardCharsets.UTF_8));
    }
}

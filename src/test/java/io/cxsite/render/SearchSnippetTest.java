package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchSnippetTest {
    /**
     * The stored text is the start of "description, space, body" (or the body alone when the
     * description is blank), composed and cut, however long each part is: descriptions longer than
     * the first cut, bodies shorter than it, blank and padded descriptions, and letters with
     * combining accents or surrogate pairs right at the cut.
     */
    @Test
    void theTextIsTheStartOfTheDescriptionAndTheBodyTogether() {
        String palette = "abc  ae\u0301o\u0308\u00e9\uD83D\uDE00.-";
        Random random = new Random(15);
        for (int run = 0; run < 3_000; run++) {
            int size = 10 + random.nextInt(40);
            String description = random.nextInt(4) == 0 ? " ".repeat(random.nextInt(3))
                    : " " + text(random, palette, random.nextInt(3 * size)) + " ";
            String body = text(random, palette, random.nextInt(4 * size));
            SearchIndex.Entry entry = new SearchIndex.Entry("T", "/t/", "", List.of(), description, List.of(), body, true);
            assertEquals(whole(description, body, size), SearchSnippet.text(entry, size), description + "|" + body);
        }
    }

    private static String text(Random random, String palette, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(palette.charAt(random.nextInt(palette.length())));
        }
        return out.toString();
    }

    /** The same text made from the description and the whole body put together first. */
    private static String whole(String description, String body, int size) {
        String source = description.isBlank() ? body : description.strip() + " " + body;
        String text = SearchSnippet.nfc(source.substring(0, Math.min(source.length(), 2 * size))).strip();
        if (text.length() <= size) {
            return text;
        }
        int cut = text.lastIndexOf(' ', size);
        if (cut < size / 2) {
            cut = size;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}

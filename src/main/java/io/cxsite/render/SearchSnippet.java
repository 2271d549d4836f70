package io.cxsite.render;

import java.text.Normalizer;

/** The text the search index stores beside a hit, composed (NFC) for the script's word splitting. */
final class SearchSnippet {
    private SearchSnippet() {
    }

    /**
     * The description, then the start of the body, cut after a whole word near {@code size}
     * characters with an ellipsis when cut: the script shows the part around the matched words.
     */
    static String text(SearchIndex.Entry entry, int size) {
        // Composed (NFC) after a first cut to 2 * size chars: normalising whole bodies would cost more
        // than indexing them, and copying a whole body behind the description is as needless.
        String lead = entry.description().isBlank() ? "" : entry.description().strip() + " ";
        String text = nfc(start(lead, entry.body(), 2 * size)).strip();
        if (text.length() <= size) {
            return text;
        }
        int cut = text.lastIndexOf(' ', size);
        if (cut < size / 2) {
            cut = size;
        }
        // Never split a surrogate pair.
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** The first {@code limit} chars of {@code lead} followed by {@code body}. */
    private static String start(String lead, String body, int limit) {
        if (lead.length() >= limit) {
            return lead.substring(0, limit);
        }
        return lead + body.substring(0, Math.min(body.length(), limit - lead.length()));
    }

    /** Display text composed (NFC), so that the script's word splitting sees whole letters. */
    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}

package io.cxsite.render;

import java.text.Normalizer;

/** The text the search index stores beside a hit, composed (NFC) for the script's word splitting. */
final class SearchSnippet {
    private SearchSnippet() {
    }

    /** The description, else the start of the body cut after a whole word, with an ellipsis when cut. */
    static String snippet(SearchIndex.Entry entry) {
        String source = entry.description().isBlank() ? entry.body() : entry.description();
        // Composed (NFC) after a first cut: normalising whole bodies would cost more than indexing them.
        String text = nfc(source.substring(0, Math.min(source.length(), 2 * SearchIndex.SNIPPET))).strip();
        if (text.length() <= SearchIndex.SNIPPET) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SearchIndex.SNIPPET);
        if (cut < SearchIndex.SNIPPET / 2) {
            cut = SearchIndex.SNIPPET;
        }
        // Never split a surrogate pair.
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** Display text composed (NFC), so that the script's word splitting sees whole letters. */
    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}

package io.cxsite.feedback;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keywords that apply to comments in one language, found by a comment's words: by the
 * exact first word (phrases and whole words), or through a trie of the one-word prefixes.
 */
final class TopicIndex {
    private final Map<String, List<Keyword>> byFirstWord = new HashMap<>();
    private final Trie prefixes = new Trie();
    /** The same keywords walked letter by letter; null on a site with too many topics for it. */
    private final WordTrie words;

    /** @param topics how many topics the site has */
    TopicIndex(int topics) {
        words = topics <= WordTrie.MAX_TOPICS ? new WordTrie() : null;
    }

    /** The keywords as a trie walked letter by letter; null on a site with too many topics for one. */
    WordTrie words() {
        return words;
    }

    /** Adds a keyword of some topic. */
    void add(Keyword keyword) {
        if (keyword.words().length == 1 && keyword.prefix()) {
            prefixes.add(keyword.words()[0], keyword.topic());
        } else {
            byFirstWord.computeIfAbsent(keyword.words()[0], w -> new ArrayList<>(2)).add(keyword);
        }
        if (words != null) {
            words.add(keyword);
        }
    }

    /**
     * Sets in {@code found} the topic of every keyword in the comment, found while the comment is
     * folded ({@link WordTrie}) on a site with at most {@link WordTrie#MAX_TOPICS} topics.
     */
    void match(String comment, BitSet found) {
        if (words == null) {
            match(CommentWords.tokens(comment), found);
            return;
        }
        long bits = words.match(comment);
        for (; bits != 0; bits &= bits - 1) {
            found.set(Long.numberOfTrailingZeros(bits));
        }
    }

    /** Sets in {@code found} the topic of every keyword among the folded words ({@link CommentWords#tokens}). */
    void match(List<String> tokens, BitSet found) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            prefixes.topicsOfPrefixesOf(token, found);
            List<Keyword> candidates = byFirstWord.get(token);
            if (candidates != null) {
                for (Keyword keyword : candidates) {
                    if (keyword.restMatches(tokens, i)) {
                        found.set(keyword.topic());
                    }
                }
            }
            // A phrase whose only word is a prefix ("faktur*") is in the trie; a phrase whose
            // first word is a prefix of this token does not exist: only the last word may be one.
        }
    }

    /** A keyword folded and split into words; {@code prefix} when its last word ended in '*'. */
    record Keyword(int topic, String[] words, boolean prefix) {
        /** Whether the words after the first match the tokens from {@code at + 1}. */
        boolean restMatches(List<String> tokens, int at) {
            if (at + words.length > tokens.size()) {
                return false;
            }
            for (int i = 1; i < words.length; i++) {
                String token = tokens.get(at + i);
                boolean last = i == words.length - 1;
                if (last && prefix ? !token.startsWith(words[i]) : !token.equals(words[i])) {
                    return false;
                }
            }
            return true;
        }

        /** A keyword as written in topics.yaml, folded and split; empty when nothing of it is left. */
        static Optional<Keyword> of(int topic, String written) {
            String text = written.strip();
            boolean prefix = text.endsWith("*");
            if (prefix) {
                text = text.substring(0, text.length() - 1);
            }
            List<String> words = CommentWords.tokens(text);
            return words.isEmpty() ? Optional.empty()
                    : Optional.of(new Keyword(topic, words.toArray(String[]::new), prefix));
        }
    }

    /** Every one-word prefix keyword, by its letters; a node holds the topics of the prefixes ending there. */
    private static final class Trie {
        private final Map<Character, Trie> next = new HashMap<>();
        private final BitSet topics = new BitSet();

        void add(String prefix, int topic) {
            Trie node = this;
            for (int i = 0; i < prefix.length(); i++) {
                node = node.next.computeIfAbsent(prefix.charAt(i), c -> new Trie());
            }
            node.topics.set(topic);
        }

        void topicsOfPrefixesOf(String token, BitSet found) {
            Trie node = this;
            found.or(node.topics); // a bare "*" would match every word
            for (int i = 0; i < token.length() && node != null; i++) {
                node = node.next.get(token.charAt(i));
                if (node != null) {
                    found.or(node.topics);
                }
            }
        }
    }
}

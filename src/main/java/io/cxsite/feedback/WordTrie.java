package io.cxsite.feedback;

/**
 * The first words of one language's keywords as a trie of folded letters, walked while a comment
 * is read letter by letter: the comment is folded and matched in the same pass, without a String
 * per word. It splits and folds exactly as {@link CommentWords#tokens} does. Topics are bits of a
 * {@code long} (the top bit is {@link #PHRASE}), so it serves sites with fewer than {@link #MAX_TOPICS} topics.
 */
final class WordTrie {
    static final int MAX_TOPICS = 63;

    /** The bit {@link #match} sets when a word of the comment begins a keyword of several words. */
    static final long PHRASE = Long.MIN_VALUE;

    private final Node root = new Node();

    /** A node: the letters after it, and the topics of keywords that end here or start with its letters. */
    private static final class Node {
        private char[] letters = new char[0];
        private Node[] next = new Node[0];
        /** Topics of one-word prefix keywords ({@code faktur*}) spelled by the path to here. */
        private long prefixOf;
        /** Topics of one-word keywords that are exactly the path to here. */
        private long wordOf;
        /** Whether a keyword of several words begins with the word spelled by the path to here. */
        private boolean startsPhrase;

        Node child(char letter) {
            for (int i = 0; i < letters.length; i++) {
                if (letters[i] == letter) {
                    return next[i];
                }
            }
            return null;
        }

        Node add(char letter) {
            Node found = child(letter);
            if (found == null) {
                found = new Node();
                letters = java.util.Arrays.copyOf(letters, letters.length + 1);
                next = java.util.Arrays.copyOf(next, next.length + 1);
                letters[letters.length - 1] = letter;
                next[next.length - 1] = found;
            }
            return found;
        }
    }

    /** Adds a folded keyword of {@code topic} (below {@link #MAX_TOPICS}). */
    void add(TopicIndex.Keyword keyword) {
        Node node = root;
        for (char letter : keyword.words()[0].toCharArray()) {
            node = node.add(letter);
        }
        if (keyword.words().length > 1) {
            node.startsPhrase = true;
        } else if (keyword.prefix()) {
            node.prefixOf |= 1L << keyword.topic();
        } else {
            node.wordOf |= 1L << keyword.topic();
        }
    }

    /**
     * The topics of the one-word keywords among the comment's words, as bits; {@link #PHRASE} is
     * set as well when a word begins a keyword of several words, whose other words are for the
     * caller to check.
     */
    long match(String comment) {
        Walk walk = new Walk();
        for (int i = 0; i < comment.length(); i++) {
            char c = comment.charAt(i);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    walk.step(c);
                } else if (c >= 'A' && c <= 'Z') {
                    walk.step((char) (c + 32));
                } else {
                    walk.endWord();
                }
            } else if (!CommentWords.isMark(c)) {
                if (Character.isLetterOrDigit(c)) {
                    String folded = CommentWords.foldLetter(Character.toLowerCase(c));
                    for (int k = 0; k < folded.length(); k++) {
                        walk.step(folded.charAt(k));
                    }
                } else {
                    walk.endWord();
                }
            }
        }
        walk.endWord();
        return walk.found;
    }

    /** Where the walk of the current word is: its node, or null once its letters left the trie. */
    private final class Walk {
        private long found;
        private boolean inWord;
        private Node node;

        void step(char letter) {
            if (!inWord) {
                inWord = true;
                node = root;
                found |= root.prefixOf;
            }
            if (node != null) {
                node = node.child(letter);
                if (node != null) {
                    found |= node.prefixOf;
                }
            }
        }

        void endWord() {
            if (inWord && node != null) {
                found |= node.wordOf;
                if (node.startsPhrase) {
                    found |= PHRASE;
                }
            }
            inWord = false;
        }
    }
}

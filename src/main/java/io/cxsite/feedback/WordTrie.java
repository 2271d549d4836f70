package io.cxsite.feedback;

/**
 * The first words of one language's keywords as a trie of folded letters, walked while a comment
 * is read letter by letter: the comment is folded and matched in the same pass, without a String
 * per word. It splits and folds exactly as {@link CommentWords#tokens} does; a keyword of several
 * words is followed word by word from its first. Topics are bits of a {@code long}, so it serves
 * sites with at most {@link #MAX_TOPICS} topics.
 */
final class WordTrie {
    static final int MAX_TOPICS = 64;
    private static final TopicIndex.Keyword[] NO_PHRASES = {};

    private final Node root = new Node();

    /** A node: the letters after it, and the topics of keywords that end here or start with its letters. */
    private static final class Node {
        private char[] letters = new char[0];
        private Node[] next = new Node[0];
        /** Topics of one-word prefix keywords ({@code faktur*}) spelled by the path to here. */
        private long prefixOf;
        /** Topics of one-word keywords that are exactly the path to here. */
        private long wordOf;
        /** The keywords of several words whose first word is the path to here. */
        private TopicIndex.Keyword[] phrases = NO_PHRASES;

        /** The children by ASCII letter or digit ({@link #slot}), looked up without a search; null until one. */
        private Node[] ascii;

        Node child(char letter) {
            int slot = slot(letter);
            if (slot >= 0) {
                return ascii == null ? null : ascii[slot];
            }
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
                int slot = slot(letter);
                if (slot >= 0) {
                    ascii = ascii == null ? new Node[36] : ascii;
                    ascii[slot] = found;
                }
            }
            return found;
        }
    }

    /** {@link #SLOTS} of an ASCII byte that is neither letter nor digit: it ends a word. */
    private static final int SPACE = -1;
    /** {@link #SLOTS} of a byte of a multi-byte UTF-8 sequence. */
    private static final int UTF8 = -2;
    /** Per byte (unsigned): the {@link #slot} of an ASCII letter (either case) or digit, else {@link #SPACE} or {@link #UTF8}. */
    private static final int[] SLOTS = new int[256];
    /** The folded letter or digit of each slot. */
    private static final char[] LETTERS = new char[36];

    static {
        for (int b = 0; b < 256; b++) {
            char c = (char) (b >= 'A' && b <= 'Z' ? b + 32 : b);
            SLOTS[b] = b >= 128 ? UTF8 : slot(c) >= 0 ? slot(c) : SPACE;
            if (slot(c) >= 0) {
                LETTERS[slot(c)] = c;
            }
        }
    }

    /** Where an ASCII lower-case letter or digit sits in {@link Node#ascii}; -1 for any other char. */
    private static int slot(char letter) {
        if (letter >= 'a' && letter <= 'z') {
            return letter - 'a';
        }
        return letter >= '0' && letter <= '9' ? 26 + letter - '0' : -1;
    }

    /** Adds a folded keyword of {@code topic} (below {@link #MAX_TOPICS}). */
    void add(TopicIndex.Keyword keyword) {
        Node node = root;
        for (char letter : keyword.words()[0].toCharArray()) {
            node = node.add(letter);
        }
        if (keyword.words().length > 1) {
            node.phrases = java.util.Arrays.copyOf(node.phrases, node.phrases.length + 1);
            node.phrases[node.phrases.length - 1] = keyword;
        } else if (keyword.prefix()) {
            node.prefixOf |= 1L << keyword.topic();
        } else {
            node.wordOf |= 1L << keyword.topic();
        }
    }

    /** The topics of the keywords among the comment's words, as bits. */
    long match(String comment) {
        Walk walk = new Walk();
        for (int i = 0; i < comment.length(); i++) {
            walk.take(comment.charAt(i));
        }
        walk.endWord();
        return walk.found;
    }

    /** A walk to match many comments with, one after another: {@link Walk#bytes}. */
    Walk walk() {
        return new Walk();
    }

    /** The first char that takes three bytes in UTF-8. */
    private static final char TWO_BYTES = 0x800;
    /** What {@link #fold} gives a char that is neither a letter, a digit nor a mark: it ends a word (compared by identity). */
    private static final String ENDS_WORD = new String("ends a word");

    /** {@link CommentWords#foldBeyondAscii}, with {@link #ENDS_WORD} for a char that ends a word. */
    private static String fold(char c) {
        String folded = CommentWords.foldBeyondAscii(c);
        return folded == null ? ENDS_WORD : folded;
    }

    /**
     * Where the walk of the current word is: its node (null once its letters left the trie), its
     * letters, and the phrases that the words before it have begun.
     */
    final class Walk {
        private long found;
        private boolean inWord;
        private Node node;
        private char[] word = new char[32];
        private int length;
        /**
         * The phrases the words before this one have begun, the first {@link #phraseCount}: keywords of
         * several words whose words so far were the comment's last ones, and by each the index of its
         * word to come. Arrays rather than a List of records, as it is asked at every letter (interface
         * calls are slow to C1 code) and phrases begin at many words of a comment.
         */
        private TopicIndex.Keyword[] phrases = new TopicIndex.Keyword[4];
        private int[] nextWords = new int[4];
        private int phraseCount;
        /** Where {@link #endWord} gathers the phrases that go on, swapped with {@link #phrases}. */
        private TopicIndex.Keyword[] going = new TopicIndex.Keyword[4];
        private int[] goingNextWords = new int[4];
        /** {@link #folded} of the chars U+0080 to U+07FF, by char minus 0x80; null until asked for. */
        private final String[] twoBytes = new String[TWO_BYTES - 0x80];

        /**
         * Matches the comment in UTF-8 bytes {@code b[from, to)} as {@link #match(String)} matches its
         * text, from a fresh start; false, with nothing found, when the bytes are not valid UTF-8.
         */
        boolean bytes(byte[] b, int from, int to) {
            found = 0;
            inWord = false;
            phraseCount = 0;
            for (int i = from; i < to; i++) {
                int slot = SLOTS[b[i] & 0xff];
                if (slot == SPACE) {
                    if (inWord) {
                        endWord();
                    }
                    continue;
                }
                if (slot == UTF8) {
                    int length = utf8(b, i, to);
                    if (length < 0) {
                        return false;
                    }
                    i += length - 1;
                    continue;
                }
                if (!inWord && phraseCount == 0) {
                    i = asciiWord(b, i, to) - 1;
                    continue;
                }
                // step(LETTERS[slot]), written out for the ASCII letters and digits that make most of a comment
                if (!inWord) {
                    inWord = true;
                    node = root;
                    length = 0;
                    found |= root.prefixOf;
                }
                if (phraseCount > 0) { // the word's letters are read only to go on with phrases begun before it
                    if (length == word.length) {
                        word = java.util.Arrays.copyOf(word, 2 * length);
                    }
                    word[length++] = LETTERS[slot];
                } else if (node == null) {
                    // the word has left the trie and no phrase waits for it: its other ASCII letters change nothing
                    while (i + 1 < to && SLOTS[b[i + 1] & 0xff] >= 0) {
                        i++;
                    }
                    continue;
                }
                if (node != null) {
                    Node[] ascii = node.ascii;
                    node = ascii == null ? null : ascii[slot];
                    if (node != null) {
                        found |= node.prefixOf;
                    }
                }
            }
            endWord();
            return true;
        }

        /**
         * Takes the character whose UTF-8 bytes start at {@code b[i]}: how many bytes it has; -1, with
         * nothing found, when they are not UTF-8.
         */
        private int utf8(byte[] b, int i, int to) {
            int length = Utf8.length(b, i, to);
            if (length < 0) {
                found = 0;
            } else if (length == 4) {
                endWord(); // a pair of surrogates: neither letters nor marks
            } else {
                takeFolded(folded(Utf8.decode(b, i, length)));
            }
            return length;
        }

        /**
         * Starts a word at the ASCII letter or digit {@code b[i]} and walks the trie with its ASCII
         * letters and digits, in locals: where they end (the word stays open there, for a letter
         * beyond ASCII to go on with). For a word while no phrase is begun, as most are: its letters
         * need not be kept.
         */
        private int asciiWord(byte[] b, int i, int to) {
            Node n = root;
            long f = found | root.prefixOf;
            int j = i;
            for (; j < to && n != null; j++) {
                int slot = SLOTS[b[j] & 0xff];
                if (slot < 0) {
                    break;
                }
                Node[] ascii = n.ascii;
                n = ascii == null ? null : ascii[slot];
                if (n != null) {
                    f |= n.prefixOf;
                }
            }
            if (n == null) {
                // the word has left the trie: its other ASCII letters and digits change nothing
                while (j < to && SLOTS[b[j] & 0xff] >= 0) {
                    j++;
                }
            }
            inWord = true;
            node = n;
            length = 0;
            found = f;
            return j;
        }

        /** The topics found by the last {@link #bytes} call. */
        long found() {
            return found;
        }

        /** One char of a comment: a letter or digit goes on the word, folded; a mark is dropped; the rest end it. */
        void take(char c) {
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    step(c);
                } else if (c >= 'A' && c <= 'Z') {
                    step((char) (c + 32));
                } else {
                    endWord();
                }
            } else {
                takeFolded(folded(c));
            }
        }

        /** Goes on with the letters of a char beyond ASCII as {@link #folded} gives them. */
        private void takeFolded(String folded) {
            if (folded == ENDS_WORD) {
                endWord();
                return;
            }
            for (int k = 0; k < folded.length(); k++) {
                step(folded.charAt(k));
            }
        }

        /**
         * A char beyond ASCII as words see it: its folded letters, none for a mark, {@link #ENDS_WORD}
         * for anything else; worked out once per walk for the chars of two UTF-8 bytes, where the
         * letters of the Nordic and other Latin alphabets lie.
         */
        private String folded(char c) {
            if (c >= TWO_BYTES) {
                return fold(c);
            }
            String known = twoBytes[c - 0x80];
            if (known == null) {
                known = fold(c);
                twoBytes[c - 0x80] = known;
            }
            return known;
        }

        void step(char letter) {
            if (!inWord) {
                inWord = true;
                node = root;
                length = 0;
                found |= root.prefixOf;
            }
            if (length == word.length) {
                word = java.util.Arrays.copyOf(word, 2 * length);
            }
            word[length++] = letter;
            if (node != null) {
                node = node.child(letter);
                if (node != null) {
                    found |= node.prefixOf;
                }
            }
        }

        void endWord() {
            if (!inWord) {
                return;
            }
            inWord = false;
            int goingCount = phraseCount == 0 ? 0 : follow();
            if (node != null) {
                found |= node.wordOf;
                for (TopicIndex.Keyword keyword : node.phrases) {
                    goingCount = add(goingCount, keyword, 1);
                }
            }
            TopicIndex.Keyword[] before = phrases;
            phrases = going;
            going = before;
            int[] beforeNext = nextWords;
            nextWords = goingNextWords;
            goingNextWords = beforeNext;
            phraseCount = goingCount;
        }

        /** The phrases this word goes on with, into {@link #going}: how many; a phrase this word ends sets its topic. */
        private int follow() {
            int count = 0;
            for (int k = 0; k < phraseCount; k++) {
                TopicIndex.Keyword keyword = phrases[k];
                int next = nextWords[k];
                String expected = keyword.words()[next];
                boolean last = next == keyword.words().length - 1;
                if (!(last && keyword.prefix() ? startsWith(expected) : equals(expected))) {
                    continue;
                }
                if (last) {
                    found |= 1L << keyword.topic();
                } else {
                    count = add(count, keyword, next + 1);
                }
            }
            return count;
        }

        /** Puts the phrase at {@code going[count]}, its word to come beside it, growing the arrays when full: the new count. */
        private int add(int count, TopicIndex.Keyword keyword, int next) {
            if (count == going.length) {
                going = java.util.Arrays.copyOf(going, 2 * count);
                goingNextWords = java.util.Arrays.copyOf(goingNextWords, 2 * count);
            }
            going[count] = keyword;
            goingNextWords[count] = next;
            return count + 1;
        }

        private boolean startsWith(String expected) {
            if (expected.length() > length) {
                return false;
            }
            for (int i = 0; i < expected.length(); i++) {
                if (word[i] != expected.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private boolean equals(String expected) {
            return expected.length() == length && startsWith(expected);
        }
    }
}

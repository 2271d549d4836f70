package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Matching while folding letter by letter ({@link WordTrie}) finds exactly the topics that
 * splitting the comment into words first finds, for comments and keywords drawn from letters
 * that fold (å, ø, æ, ß, é, a combining accent), digits, capitals, punctuation and emoji.
 */
class WordTrieTest {
    private static final String[] PIECES = {"a", "b", "k", "o", "r", "t", "f", "1", "A", "K", "Ø", "ø", "å",
        "ä", "ö", "æ", "Æ", "ß", "é", "e\u0301", "\u0301", "İ", "ü", " ", " ", " ", ",", "-", "'", "\u00a0",
        "😀", "\n", "Ж", "ω", "\u00ab", "€", "ﬁ", "ẞ", "\u20dd"};

    @Test
    void findsWhatSplittingIntoWordsFinds() {
        Random random = new Random(15);
        for (int site = 0; site < 300; site++) {
            int topics = 1 + random.nextInt(8);
            TopicIndex index = new TopicIndex(topics);
            List<String> keywords = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                String written = text(random, 1 + random.nextInt(5)) + (random.nextInt(4) == 0 ? "*" : "");
                keywords.add(written.replace("*", ""));
                TopicIndex.Keyword.of(random.nextInt(topics), written).ifPresent(index::add);
            }
            for (int c = 0; c < 200; c++) {
                // Half the comments are made of keywords and their pieces, so that phrases are begun and ended.
                StringBuilder made = new StringBuilder();
                for (int part = random.nextInt(6); part > 0; part--) {
                    String keyword = keywords.get(random.nextInt(keywords.size()));
                    made.append(random.nextBoolean() ? keyword : keyword.substring(0, random.nextInt(keyword.length() + 1)))
                            .append(text(random, random.nextInt(3)));
                }
                String comment = c % 2 == 0 ? made.toString() : text(random, random.nextInt(30));
                BitSet folded = new BitSet();
                index.match(comment, folded);
                BitSet split = new BitSet();
                index.match(CommentWords.tokens(comment), split);
                assertEquals(split, folded, () -> "comment '" + comment + "'");
            }
        }
    }

    @Test
    void findsInUtf8BytesWhatItFindsInTheText() {
        Random random = new Random(16);
        for (int site = 0; site < 200; site++) {
            TopicIndex index = new TopicIndex(8);
            List<String> keywords = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                String written = text(random, 1 + random.nextInt(5)) + (random.nextInt(4) == 0 ? "*" : "");
                keywords.add(written.replace("*", ""));
                TopicIndex.Keyword.of(random.nextInt(8), written).ifPresent(index::add);
            }
            WordTrie.Walk walk = index.words().walk(); // one walk for every comment, as a reader uses it
            for (int c = 0; c < 200; c++) {
                StringBuilder comment = new StringBuilder();
                for (int part = random.nextInt(6); part > 0; part--) {
                    comment.append(keywords.get(random.nextInt(keywords.size()))).append(text(random, random.nextInt(3)));
                }
                // a quoted CSV field holds a quote doubled: both halves end a word, as the one quote does
                String text = comment.toString().replace("'", "\"");
                byte[] bytes = ("x," + text.replace("\"", "\"\"") + ",y").getBytes(StandardCharsets.UTF_8);
                assertTrue(walk.bytes(bytes, 2, bytes.length - 2));
                assertEquals(index.words().match(text), walk.found(), () -> "comment '" + text + "'");
            }
        }
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        TopicIndex index = new TopicIndex(1);
        TopicIndex.Keyword.of(0, "faktur*").ifPresent(index::add);
        WordTrie.Walk walk = index.words().walk();
        byte[][] broken = {{'f', 'a', (byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        for (byte[] bytes : broken) {
            assertFalse(walk.bytes(bytes, 0, bytes.length));
        }
        byte[] good = "Fakturan 😀 räkning".getBytes(StandardCharsets.UTF_8);
        assertTrue(walk.bytes(good, 0, good.length));
        assertEquals(1L, walk.found());
    }

    @Test
    void findsPrefixesWordsAndPhrasesInNordicText() {
        TopicIndex index = new TopicIndex(3);
        TopicIndex.Keyword.of(0, "faktur*").ifPresent(index::add);
        TopicIndex.Keyword.of(1, "kö").ifPresent(index::add);
        TopicIndex.Keyword.of(2, "lång väntetid").ifPresent(index::add);
        assertEquals(List.of(0, 1), topics(index, "FAKTURAN var dyr och KÖ"));
        assertEquals(List.of(2), topics(index, "En lang vantetid, kon var lång"));
        assertEquals(List.of(), topics(index, "lång, men ingen väntetid"));
    }

    private static List<Integer> topics(TopicIndex index, String comment) {
        BitSet found = new BitSet();
        index.match(comment, found);
        List<Integer> list = new ArrayList<>();
        found.stream().forEach(list::add);
        return list;
    }

    private static String text(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}

package io.cxsite.feedback;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The feedback topics of content/topics.yaml and the matching of comments against them. Matching
 * ignores case and diacritics (so "rakning" finds "räkning" and "o" finds "ø"); a keyword ending
 * in {@code *} matches every word that starts with it; a keyword of several words matches them in
 * a row. A comment is folded and split once, and its words are looked up in an index of the
 * keywords ({@code TopicIndex}), so the cost grows with the comment, not with the number of keywords.
 */
public final class Topics {
    public static final Topics NONE = new Topics(List.of());

    /**
     * @param labels   display label by language ({@code en}, {@code sv}, {@code nb})
     * @param keywords keywords by language, as written
     * @param critical whether every detractor comment about it must be listed for the team to act on
     */
    public record Topic(String id, Map<String, String> labels, Map<String, List<String>> keywords, boolean critical) {
        /** The label in {@code language}, else in English, else the id. */
        public String label(String language) {
            return labels.getOrDefault(language, labels.getOrDefault("en", id));
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<Topic> topics;
    /** Per topic, the languages it has keywords for. */
    private final List<Map<String, List<TopicIndex.Keyword>>> keywords = new ArrayList<>();
    /** Per comment language, the index of the keywords that apply to it; built when first needed. */
    private final Map<String, TopicIndex> indexes = new ConcurrentHashMap<>();

    public Topics(List<Topic> topics) {
        this.topics = List.copyOf(topics);
        for (int t = 0; t < this.topics.size(); t++) {
            Map<String, List<TopicIndex.Keyword>> byLanguage = new HashMap<>();
            for (Map.Entry<String, List<String>> e : this.topics.get(t).keywords().entrySet()) {
                List<TopicIndex.Keyword> list = new ArrayList<>();
                for (String written : e.getValue()) {
                    TopicIndex.Keyword.of(t, written).ifPresent(list::add);
                }
                byLanguage.put(e.getKey(), list);
            }
            keywords.add(byLanguage);
        }
    }

    public List<Topic> all() {
        return topics;
    }

    public boolean isEmpty() {
        return topics.isEmpty();
    }

    /**
     * Indexes (into {@link #all()}) of the topics a comment is about, in topic order. The keywords
     * of the comment's language are used, or every language's when it has none or the topic has
     * none for it.
     */
    public List<Integer> match(String comment, String language) {
        if (topics.isEmpty() || comment.isBlank()) {
            return List.of();
        }
        BitSet found = new BitSet(topics.size());
        indexes.computeIfAbsent(language, this::index).match(comment, found);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Integer> list = new ArrayList<>(found.cardinality());
        found.stream().forEach(list::add);
        return list;
    }

    /**
     * The trie that matches comments in {@code language} as {@link #match} does, giving topics as
     * bits of a {@code long}; null when the site has more topics than that holds.
     */
    WordTrie trie(String language) {
        return indexes.computeIfAbsent(language, this::index).words();
    }

    private TopicIndex index(String language) {
        TopicIndex index = new TopicIndex(topics.size());
        for (Map<String, List<TopicIndex.Keyword>> byLanguage : keywords) {
            List<TopicIndex.Keyword> own = byLanguage.get(language);
            if (own != null) {
                own.forEach(index::add);
            } else {
                byLanguage.values().forEach(list -> list.forEach(index::add));
            }
        }
        return index;
    }

    /** Case and diacritics folded for matching, never for display: å ä → a, ö ø → o, æ → ae. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae").replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}

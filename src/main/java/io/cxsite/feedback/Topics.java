package io.cxsite.feedback;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The feedback topics of content/topics.yaml and the matching of comments against them. Matching
 * ignores case and diacritics (so "rakning" finds "räkning" and "o" finds "ø"); a keyword ending
 * in {@code *} matches every word that starts with it; a keyword of several words matches them in
 * a row.
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

    /** A keyword folded and split into words; {@code prefix} when it ended in '*'. */
    private record Keyword(List<String> words, boolean prefix) {
        boolean matchesAt(List<String> tokens, int at) {
            if (at + words.size() > tokens.size()) {
                return false;
            }
            for (int i = 0; i < words.size(); i++) {
                String token = tokens.get(at + i);
                boolean last = i == words.size() - 1;
                if (last && prefix ? !token.startsWith(words.get(i)) : !token.equals(words.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<Topic> topics;
    /** Per topic, per language ("" for all languages together), the folded keywords. */
    private final List<Map<String, List<Keyword>>> folded = new ArrayList<>();

    public Topics(List<Topic> topics) {
        this.topics = List.copyOf(topics);
        for (Topic topic : this.topics) {
            Map<String, List<Keyword>> byLanguage = new java.util.TreeMap<>();
            List<Keyword> all = new ArrayList<>();
            topic.keywords().forEach((language, words) -> {
                List<Keyword> list = words.stream().map(Topics::keyword).toList();
                byLanguage.put(language, list);
                all.addAll(list);
            });
            byLanguage.put("", all);
            folded.add(byLanguage);
        }
    }

    public List<Topic> all() {
        return topics;
    }

    public boolean isEmpty() {
        return topics.isEmpty();
    }

    /**
     * Indexes (into {@link #all()}) of the topics a comment is about. The keywords of the
     * comment's language are used, or every language's when it has none or the topic has none for it.
     */
    public List<Integer> match(String comment, String language) {
        if (comment.isBlank() || topics.isEmpty()) {
            return List.of();
        }
        List<String> tokens = tokens(comment);
        List<Integer> found = new ArrayList<>(2);
        for (int t = 0; t < topics.size(); t++) {
            Map<String, List<Keyword>> keywords = folded.get(t);
            List<Keyword> candidates = keywords.getOrDefault(language, keywords.get(""));
            if (matches(candidates, tokens)) {
                found.add(t);
            }
        }
        return found;
    }

    private static boolean matches(List<Keyword> keywords, List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (Keyword keyword : keywords) {
                if (keyword.matchesAt(tokens, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Keyword keyword(String written) {
        String text = written.strip();
        boolean prefix = text.endsWith("*");
        if (prefix) {
            text = text.substring(0, text.length() - 1);
        }
        return new Keyword(tokens(text), prefix);
    }

    /** Lower-case words without diacritics: "Räkningen, för DYR!" is [rakningen, for, dyr]. */
    static List<String> tokens(String text) {
        String folded = fold(text);
        List<String> tokens = new ArrayList<>();
        for (String token : NON_WORD.split(folded)) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** Case and diacritics folded for matching, never for display: å ä → a, ö ø → o, æ → ae. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae").replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}

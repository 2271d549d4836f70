package io.cxsite.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A topic's keywords as a SQL condition on a comment's folded words, choosing the keywords as
 * {@link Topics#match} does: those of the answer's language when the topic has any for it, else
 * those of every language.
 */
final class TopicSql {
    private final SqlDialect dialect;
    private final String words;
    private final String language;

    /** @param words the column of the folded comment, its words between single spaces and a space at each end */
    TopicSql(SqlDialect dialect, String words, String language) {
        this.dialect = dialect;
        this.words = words;
        this.language = language;
    }

    String matches(Topics.Topic topic) {
        Map<String, List<String>> byLanguage = new TreeMap<>(topic.keywords());
        List<String> every = new ArrayList<>();
        StringBuilder sql = new StringBuilder("CASE ").append(language);
        byLanguage.forEach((lang, written) -> {
            List<String> own = searches(written);
            every.addAll(own);
            sql.append(" WHEN ").append(dialect.literal(lang)).append(" THEN ").append(any(own));
        });
        if (byLanguage.isEmpty()) {
            return "FALSE";
        }
        return sql.append(" ELSE ").append(any(every)).append(" END").toString();
    }

    /** Each keyword as the text to search for: its words with a space before each, and after the last unless a prefix. */
    private List<String> searches(List<String> written) {
        List<String> searches = new ArrayList<>();
        for (String keyword : written) {
            TopicIndex.Keyword.of(0, keyword).ifPresent(k -> {
                StringBuilder text = new StringBuilder();
                for (String word : k.words()) {
                    text.append(' ').append(dialect.keyword(word));
                }
                searches.add(k.prefix() ? text.toString() : text.append(' ').toString());
            });
        }
        return searches;
    }

    private String any(List<String> searches) {
        if (searches.isEmpty()) {
            return "FALSE";
        }
        List<String> tests = searches.stream().distinct().map(s -> dialect.contains(words, s)).toList();
        return "(" + String.join(" OR ", tests) + ")";
    }
}

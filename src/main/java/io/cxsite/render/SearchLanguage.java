package io.cxsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How search reads one language's words: the stop words a query never needs to match, the
 * suffix rules that cut a folded word to its stem, and whether compounds are split (Swedish and
 * Norwegian write "elräkning" where English writes "electricity bill").
 *
 * <p>The rules are data: the build writes them into the manifest of the language's index, and
 * {@code search.js} applies them with the same small engine as {@link #stem}, so the stems of
 * the text (here) and of the query (in the browser) cannot drift apart. Stemming runs the steps
 * in order; in each step the longest suffix that leaves at least {@link #MIN_STEM} characters
 * with a vowel among them is replaced by its replacement (usually nothing). The rules are kept
 * conservative: a missed inflection costs a little recall, a wrong conflation costs precision
 * for every query. Languages without rules only fold.
 */
final class SearchLanguage {
    static final int MIN_STEM = 3;
    private static final String VOWELS = "aeiouy";

    /** One step: suffix and replacement pairs. */
    record Step(List<String[]> rules) {
    }

    private final String lang;
    private final Set<String> stopWords;
    private final List<Step> steps;
    private final boolean compounds;
    /** Stems seen so far: a build stems millions of words drawn from a vocabulary of thousands. */
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    private SearchLanguage(String lang, Set<String> stopWords, List<Step> steps, boolean compounds) {
        this.lang = lang;
        this.stopWords = stopWords;
        this.steps = steps;
        this.compounds = compounds;
    }

    /** The rules for a primary language subtag; a language without rules gets none (folding only). */
    static SearchLanguage of(String lang) {
        return switch (lang) {
            case "en" -> new SearchLanguage(lang, folded(SearchStopWords.EN), steps(EN), false);
            case "sv" -> new SearchLanguage(lang, folded(SearchStopWords.SV), steps(SV), true);
            case "nb", "no", "nn" -> new SearchLanguage(lang, folded(SearchStopWords.NB), steps(NB), true);
            default -> new SearchLanguage(lang, new TreeSet<>(), List.of(), false);
        };
    }

    String lang() {
        return lang;
    }

    /** Folded stop words, sorted. */
    Set<String> stopWords() {
        return stopWords;
    }

    List<Step> steps() {
        return steps;
    }

    boolean splitsCompounds() {
        return compounds;
    }

    /** True for a folded word a query never needs to match: a stop word, or one letter. */
    boolean isStop(String word) {
        return word.length() < 2 && !Character.isDigit(word.charAt(0)) || stopWords.contains(word);
    }

    /** The stem of a folded word: "fakturorna" and "fakturan" both become "faktur". */
    String stem(String word) {
        if (steps.isEmpty()) {
            return word;
        }
        // Looked up first: nearly every word was stemmed before, and this way no function object is made per word.
        String stem = stems.get(word);
        return stem != null ? stem : stems.computeIfAbsent(word, this::applySteps);
    }

    private String applySteps(String word) {
        String stem = word;
        for (Step step : steps) {
            String[] best = null;
            for (String[] rule : step.rules()) {
                if (stem.endsWith(rule[0]) && (best == null || rule[0].length() > best[0].length())
                        && keeps(stem.substring(0, stem.length() - rule[0].length()) + rule[1])) {
                    best = rule;
                }
            }
            if (best != null) {
                stem = stem.substring(0, stem.length() - best[0].length()) + best[1];
            }
        }
        return stem;
    }

    private static boolean keeps(String stem) {
        if (stem.length() < MIN_STEM) {
            return false;
        }
        for (int i = 0; i < stem.length(); i++) {
            if (VOWELS.indexOf(stem.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    // English: plurals, then -ed and -ing, then a doubled consonant they leave and a final e, so
    // that invoice, invoices, invoiced and invoicing meet at "invoic", stopped and stop at "stop".
    private static final String[][][] EN = {
        {{"s", ""}, {"es", "e"}, {"ies", "y"}, {"sses", "ss"}, {"xes", "x"}, {"ches", "ch"}, {"shes", "sh"},
            {"ss", "ss"}, {"us", "us"}, {"is", "is"}},
        {{"ed", ""}, {"eed", "eed"}, {"ing", ""}, {"ied", "y"}},
        {{"bb", "b"}, {"dd", "d"}, {"gg", "g"}, {"mm", "m"}, {"nn", "n"}, {"pp", "p"}, {"rr", "r"}, {"tt", "t"}},
        {{"e", ""}, {"ee", "ee"}},
    };
    // Swedish, folded (å ä → a, ö → o): definite and plural endings of nouns and the common verb
    // endings; -ningen and -ningar keep their -ning; a final a or e goes last (faktura, fakturor).
    private static final String[][][] SV = {
        {{"ningarna", "ning"}, {"ningarnas", "ning"}, {"ningen", "ning"}, {"ningens", "ning"}, {"ningar", "ning"},
            {"orna", ""}, {"arna", ""}, {"erna", ""}, {"ornas", ""}, {"arnas", ""}, {"ernas", ""},
            {"ades", ""}, {"ade", ""}, {"ande", ""}, {"ende", ""}, {"ens", ""}, {"ans", ""}, {"ets", ""},
            {"or", ""}, {"ar", ""}, {"er", ""}, {"en", ""}, {"et", ""}, {"an", ""}, {"ad", ""}, {"at", ""},
            {"as", ""}, {"na", ""}, {"ern", ""}, {"arens", ""}, {"het", "het"}},
        {{"a", ""}, {"e", ""}},
    };
    // Norwegian Bokmål, folded (ø → o, æ → ae, å → a): definite and plural endings, the common
    // verb endings (-er, -te, -et, -ede), then a final a or e (faktura, fakturaene), then the -er
    // of agent nouns (ruter, ruteren, rutere).
    private static final String[][][] NB = {
        {{"ningene", "ning"}, {"ningen", "ning"}, {"ninger", "ning"}, {"ene", ""}, {"ane", ""}, {"ede", ""},
            {"ende", ""}, {"ens", ""}, {"ets", ""}, {"er", ""}, {"en", ""}, {"et", ""}, {"te", ""}, {"ar", ""},
            {"as", ""}, {"erne", ""}, {"het", "het"}},
        {{"a", ""}, {"e", ""}},
        {{"er", ""}},
    };

    private static List<Step> steps(String[][][] table) {
        List<Step> steps = new ArrayList<>();
        for (String[][] step : table) {
            steps.add(new Step(List.of(step)));
        }
        return List.copyOf(steps);
    }

    private static Set<String> folded(String words) {
        Set<String> set = new TreeSet<>();
        for (String word : words.split("\\s+")) {
            if (!word.isEmpty()) {
                set.add(SearchWords.fold(word));
            }
        }
        return set;
    }

    /** The rules as the manifest stores them: stop words, steps, compounds. */
    Map<String, Object> asData() {
        List<List<List<String>>> stepData = new ArrayList<>();
        for (Step step : steps) {
            List<List<String>> rules = new ArrayList<>();
            step.rules().forEach(r -> rules.add(List.of(r[0], r[1])));
            stepData.add(rules);
        }
        return Map.of("stop", List.copyOf(stopWords), "steps", stepData, "compounds", compounds);
    }
}

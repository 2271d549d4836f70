package io.cxsite.config;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of one site, from {@code site.yaml} with command-line overrides applied.
 *
 * @param baseUrl  absolute URL the site is published at, always ending in {@code /}
 * @param language BCP 47 tag of the site's language, the {@code lang} of pages without their own
 * @param theme    folder name under {@code themes/}
 * @param audience which audiences a build publishes unless {@code --audience} says otherwise
 * @param feedback the site's time zone and how survey exports are read
 * @param languages the site's languages, {@code language} first; the others have their content under
 *                 {@code content/<lang>/}
 * @param help     the contact channels and the "Was this helpful?" target of the help centre
 * @param statistics how sure a report must be before it calls a change real ({@code statistics:})
 * @param hosting  where the report site is published, for the host's access rules
 * @param texts    title, description and footer per language; {@code title}, {@code description} and
 *                 {@code footer} are the site language's
 * @param search   the search settings: synonyms per language ({@code search:})
 * @param benchmarks industry benchmarks by KPI key, such as {@code nps} ({@code benchmarks:})
 * @param kpis     the site's own KPIs by key, in the order declared ({@code kpis:})
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        String theme,
        AudienceScope audience,
        String footer,
        Map<String, Double> responseExpectations,
        FeedbackConfig feedback,
        List<String> languages,
        HelpConfig help,
        Statistics statistics, HostingConfig hosting, SiteTexts texts, SearchConfig search,
        Map<String, Benchmark> benchmarks, Map<String, CustomKpi> kpis) {

    /** A site with benchmarks and no KPIs of its own. */
    public SiteConfig(String title, String description, String baseUrl, String language, String theme,
            AudienceScope audience, String footer, Map<String, Double> responseExpectations, FeedbackConfig feedback,
            List<String> languages, HelpConfig help, Statistics statistics, HostingConfig hosting, SiteTexts texts,
            SearchConfig search, Map<String, Benchmark> benchmarks) {
        this(title, description, baseUrl, language, theme, audience, footer, responseExpectations, feedback,
                languages, help, statistics, hosting, texts, search, benchmarks, Map.of());
    }

    /** A site whose title, description and footer are the same in every language. */
    public SiteConfig(String title, String description, String baseUrl, String language, String theme,
            AudienceScope audience, String footer, Map<String, Double> responseExpectations, FeedbackConfig feedback,
            List<String> languages, HelpConfig help) {
        this(title, description, baseUrl, language, theme, audience, footer, responseExpectations, feedback,
                languages, help, Statistics.DEFAULTS, HostingConfig.NONE, SiteTexts.plain(language, title, description, footer));
    }

    /** A site whose title, description and footer are the same in every language, with its report settings. */
    public SiteConfig(String title, String description, String baseUrl, String language, String theme,
            AudienceScope audience, String footer, Map<String, Double> responseExpectations, FeedbackConfig feedback,
            List<String> languages, HelpConfig help, Statistics statistics, HostingConfig hosting) {
        this(title, description, baseUrl, language, theme, audience, footer, responseExpectations, feedback,
                languages, help, statistics, hosting, SiteTexts.plain(language, title, description, footer));
    }

    /** A site with texts per language and no search settings. */
    public SiteConfig(String title, String description, String baseUrl, String language, String theme,
            AudienceScope audience, String footer, Map<String, Double> responseExpectations, FeedbackConfig feedback,
            List<String> languages, HelpConfig help, Statistics statistics, HostingConfig hosting, SiteTexts texts) {
        this(title, description, baseUrl, language, theme, audience, footer, responseExpectations, feedback,
                languages, help, statistics, hosting, texts, SearchConfig.NONE);
    }

    /** A site with texts per language and search settings, and no benchmarks. */
    public SiteConfig(String title, String description, String baseUrl, String language, String theme,
            AudienceScope audience, String footer, Map<String, Double> responseExpectations, FeedbackConfig feedback,
            List<String> languages, HelpConfig help, Statistics statistics, HostingConfig hosting, SiteTexts texts,
            SearchConfig search) {
        this(title, description, baseUrl, language, theme, audience, footer, responseExpectations, feedback,
                languages, help, statistics, hosting, texts, search, Map.of());
    }

    /** The industry benchmark of the KPI with {@code key}, such as {@code nps}, when site.yaml names one. */
    public java.util.Optional<Benchmark> benchmark(String key) {
        return java.util.Optional.ofNullable(benchmarks.get(key));
    }

    /**
     * How soon customers expect a first answer, in seconds by channel, with {@code default} for the
     * others: 88 % of Swedes accept at most 5 minutes on the phone, most expect an e-mail answer
     * within hours and any answer within 24 hours (cx-domain.md).
     */
    public static final Map<String, Double> DEFAULT_EXPECTATIONS = Map.of("phone", 300.0, "email", 3600.0,
            "default", 86400.0);

    /** The expected first response time for {@code channel}, falling back to {@code default}. */
    public double expectedResponse(String channel) {
        return responseExpectations.getOrDefault(channel, responseExpectations.getOrDefault("default",
                DEFAULT_EXPECTATIONS.get("default")));
    }

    /** The path part of the base URL, e.g. {@code /} or {@code /cxsite/}: prefix of every link. */
    public String basePath() {
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** True when pages in {@code lang} live under {@code content/<lang>/}: a site language but not the first. */
    public boolean isSubLanguage(String lang) {
        return !lang.equals(language) && languages.contains(lang);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, normalizeBaseUrl(url), language, theme, audience, footer,
                responseExpectations, feedback, languages, help, statistics, hosting, texts, search, benchmarks, kpis);
    }

    public SiteConfig withAudience(AudienceScope scope) {
        return new SiteConfig(title, description, baseUrl, language, theme, scope, footer, responseExpectations,
                feedback, languages, help, statistics, hosting, texts, search, benchmarks, kpis);
    }

    /** Adds the trailing slash that every joined link relies on. */
    static String normalizeBaseUrl(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}

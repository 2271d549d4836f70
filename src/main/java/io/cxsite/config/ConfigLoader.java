package io.cxsite.config;

import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Locale;

/** Reads {@code site.yaml} at the site root into a {@link SiteConfig}. */
public final class ConfigLoader {
    public static final String FILE = "site.yaml";
    static final String DEFAULT_BASE_URL = "http://localhost:8080/";
    /** A theme is one folder name: no separator, and no {@code .} or {@code ..}. */
    private static final String THEME_NAME = "[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]*";

    private static final List<String> KEYS =
            List.of("title", "description", "baseUrl", "language", "theme", "audience", "footer",
                    "responseExpectations", "timeZone", "feedback", "languages", "contact", "helpful",
                    "statistics", "hosting", "search", "benchmarks", "kpis");

    private ConfigLoader() {
    }

    /** Reads the config; problems go to {@code problems} and defaults fill what is missing or wrong. */
    public static SiteConfig load(Path siteDir, Problems problems) throws IOException {
        Path file = siteDir.resolve(FILE);
        if (!InputFiles.inside(siteDir, file, problems)) {
            return defaults();
        }
        if (!Files.isRegularFile(file)) {
            problems.error(FILE, 1, 1, "no site.yaml in " + siteDir.toAbsolutePath().normalize()
                    + "; run cxsite in a site folder or pass -s DIR");
            return defaults();
        }
        Optional<String> read = TextFile.read(file, FILE, TextFile.YAML_LIMIT, problems);
        if (read.isEmpty()) {
            return defaults();
        }
        String text = read.get();
        YamlMapping yaml = YamlMapping.parse(FILE, text, 0, problems);
        yaml.warnUnknownKeys(KEYS, "site.yaml");

        String baseUrl = yaml.field("baseUrl").flatMap(f -> yaml.string("baseUrl").flatMap(url -> {
            if (isAbsoluteHttpUrl(url)) {
                return java.util.Optional.of(url);
            }
            return yaml.typeError(f, "an absolute http(s) URL such as https://acme.github.io/cx/");
        })).orElseGet(() -> {
            if (yaml.field("baseUrl").isEmpty() && yaml.valid()) {
                problems.warning(FILE, 1, 1, "no 'baseUrl:' in site.yaml; links in sitemap.xml and feed.xml use "
                        + DEFAULT_BASE_URL + " (set it, or pass --base-url)");
            }
            return DEFAULT_BASE_URL;
        });
        String language = yaml.string("language").orElse("en");
        if (Locale.forLanguageTag(language).getLanguage().isEmpty()) {
            yaml.field("language").ifPresent(f -> yaml.typeError(f, "a language tag such as en, sv or nb"));
            language = "en";
        }
        AudienceScope audience = yaml.field("audience").flatMap(f -> yaml.string("audience")
                .flatMap(a -> AudienceScope.tryParse(a).or(() -> yaml.typeError(f, "'public' or 'all'"))))
                .orElse(AudienceScope.PUBLIC);
        YamlNode root = tree(text, yaml);
        List<String> languages = languages(yaml, language);
        Map<String, CustomKpi> kpis = CustomKpiRules.read(FILE, root, languages, problems);
        SiteTextRules rules = new SiteTextRules(FILE, languages, problems);
        SiteTexts texts = new SiteTexts(language, localText(yaml, root, rules, "title"),
                localText(yaml, root, rules, "description"), localText(yaml, root, rules, "footer"));
        String title = texts.title(language);
        if (title.isBlank() && yaml.valid() && !SiteTextRules.perLanguage(root, "title")) {
            problems.error(FILE, 1, 1, "site.yaml needs a 'title:' (the site's name, shown in every page header)");
        }
        return new SiteConfig(title, texts.description(language),
                SiteConfig.normalizeBaseUrl(baseUrl), language, theme(yaml),
                audience, texts.footer(language), expectations(yaml), feedback(root, problems),
                languages, HelpRules.read(FILE, root, problems),
                StatisticsRules.read(FILE, root, problems), HostingRules.read(FILE, root, problems), texts,
                SearchRules.read(FILE, root, languages, problems), BenchmarkRules.read(FILE, root, kpis, problems),
                kpis);
    }

    /**
     * {@code theme:}, the name of one folder under {@code themes/}. A path ({@code ../shared},
     * {@code /home/me/theme}) would make the build read templates and publish static files from
     * outside the site folder, so it is an error at the value.
     */
    private static String theme(YamlMapping yaml) {
        return yaml.field("theme").flatMap(f -> yaml.string("theme").flatMap(name -> name.matches(THEME_NAME)
                ? Optional.of(name)
                : yaml.typeError(f, "the name of a folder under themes/ (letters, digits, '.', '_' and '-', such as"
                        + " 'default'), not a path: cxsite reads nothing outside the site folder"))).orElse("default");
    }

    /** {@code key} as one text for every language (under "") or, written as a mapping, a text per language. */
    private static Map<String, String> localText(YamlMapping yaml, YamlNode root, SiteTextRules rules, String key) {
        if (SiteTextRules.perLanguage(root, key)) {
            return rules.read(root, key);
        }
        return yaml.string(key).map(t -> Map.of("", t)).orElse(Map.of());
    }

    /** The file again as a tree with positions, for the nested settings whose errors need their own line. */
    private static YamlNode tree(String text, YamlMapping yaml) {
        YamlNode empty = YamlNode.parse(FILE, "{}", new Problems()).orElseThrow();
        if (!yaml.valid()) {
            return empty;
        }
        return YamlNode.parse(FILE, text, new Problems()).filter(YamlNode::isMapping).orElse(empty);
    }

    /** {@code languages: [en, sv, nb]}: the site's language comes first whether listed or not. */
    private static List<String> languages(YamlMapping yaml, String language) {
        List<String> languages = new java.util.ArrayList<>(List.of(language));
        yaml.field("languages").ifPresent(f -> yaml.stringList("languages").ifPresent(list -> {
            for (String tag : list) {
                String primary = Locale.forLanguageTag(tag).getLanguage();
                if (!tag.matches("[a-z]{2,3}") || !primary.equals(tag)) {
                    yaml.typeError(f, "two-letter language codes such as [en, sv, nb]; '" + tag + "' is not one");
                } else if (!languages.contains(tag)) {
                    languages.add(tag);
                }
            }
        }));
        return List.copyOf(languages);
    }

    /** {@code timeZone:} and the {@code feedback:} rules. */
    private static FeedbackConfig feedback(YamlNode root, Problems problems) {
        YamlNode.Entry zone = root.entries().get("timeZone");
        YamlNode.Entry rules = root.entries().get("feedback");
        return new FeedbackConfig(
                zone == null ? FeedbackConfig.DEFAULT_ZONE
                        : FeedbackRules.zone(FILE, zone.value(), problems).orElse(FeedbackConfig.DEFAULT_ZONE),
                rules == null ? List.of() : FeedbackRules.read(FILE, rules.value(), problems));
    }

    /** {@code responseExpectations: {phone: 5m, email: 1h, default: 24h}} over the defaults. */
    private static Map<String, Double> expectations(YamlMapping yaml) {
        Map<String, Double> expectations = new TreeMap<>(SiteConfig.DEFAULT_EXPECTATIONS);
        yaml.field("responseExpectations").ifPresent(f -> {
            if (!f.value().isObject()) {
                yaml.typeError(f, "a mapping of channel to duration, such as {phone: 5m, email: 1h, default: 24h}");
                return;
            }
            f.value().fields().forEachRemaining(e -> {
                java.util.OptionalDouble seconds = e.getValue().isTextual() ? Durations.parse(e.getValue().asText())
                        : java.util.OptionalDouble.empty();
                if (seconds.isEmpty()) {
                    yaml.typeError(f, "durations such as 45s, 5m, 1h or 2d; '" + e.getKey() + "' has "
                            + e.getValue());
                } else {
                    expectations.put(e.getKey(), seconds.getAsDouble());
                }
            });
        });
        return Map.copyOf(expectations);
    }

    /** True for {@code http://host/...} and {@code https://host/...}, the only base URLs a static host serves. */
    public static boolean isAbsoluteHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static SiteConfig defaults() {
        return new SiteConfig("", "", DEFAULT_BASE_URL, "en", "default", AudienceScope.PUBLIC, "",
                SiteConfig.DEFAULT_EXPECTATIONS, FeedbackConfig.DEFAULTS, List.of("en"), HelpConfig.NONE,
                Statistics.DEFAULTS, HostingConfig.NONE);
    }
}

package io.cxsite.render;

import io.cxsite.config.HelpConfig;
import io.cxsite.config.SiteConfig;
import io.cxsite.render.TemplateModel.ContactView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the help centre's contact block: how to reach a person, with honest response times. */
final class HelpContact {
    private final SiteConfig config;
    private final String base;
    private final Function<String, Map<String, String>> strings;

    HelpContact(SiteConfig config, Function<String, Map<String, String>> strings) {
        this.config = config;
        this.base = config.basePath();
        this.strings = strings;
    }

    /** The contact block in {@code language}: each channel site.yaml lists, with its response time. */
    List<ContactView> views(String language) {
        Map<String, String> t = strings.apply(language);
        List<ContactView> views = new ArrayList<>();
        for (HelpConfig.Channel channel : config.help().contact()) {
            String name = t.getOrDefault("channel" + name(channel.kind()), channel.kind());
            String label = HelpConfig.Channel.localized(channel.label(), language);
            double seconds = channel.responseTime().orElse(config.expectedResponse(channel.kind()));
            String value = HelpConfig.Channel.localized(channel.value(), language);
            // A number or an address is worth reading; a web address is not: it gets a call to action.
            String shown = channel.kind().equals("phone") || channel.kind().equals("email") ? value
                    : t.getOrDefault("open" + name(channel.kind()), value);
            views.add(new ContactView(channel.kind(), label.isEmpty() ? name : label, shown,
                    href(channel.kind(), value), HelpConfig.Channel.localized(channel.hours(), language),
                    duration(seconds, t)));
        }
        return views;
    }

    /** phone -> Phone, for the keys of the theme's words. */
    private static String name(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    private String href(String kind, String value) {
        return switch (kind) {
            case "phone" -> telHref(value);
            case "email" -> "mailto:" + value;
            default -> value.startsWith("/") ? base + value.substring(1) : value;
        };
    }

    /** The {@code tel:} link of a phone number as written: digits and a leading +. */
    static String telHref(String number) {
        return "tel:" + number.replaceAll("[^+0-9]", "");
    }

    /** The site's phone numbers as site.yaml writes them, in every language, longest first. */
    static List<String> phoneNumbers(SiteConfig config) {
        return config.help().contact().stream().filter(c -> c.kind().equals("phone"))
                .flatMap(c -> c.value().values().stream()).map(String::strip)
                .filter(v -> v.replaceAll("[^0-9]", "").length() >= 3).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
    }

    /** "5 minutes", "1 hour", "24 hours", "2 days" in the page's language. */
    static String duration(double seconds, Map<String, String> t) {
        if (seconds < 60) {
            return Math.round(seconds) + " " + t.get("seconds");
        }
        if (seconds < 3600) {
            return count(Math.round(seconds / 60), "minute", t);
        }
        if (seconds <= 48 * 3600) {
            double hours = seconds / 3600;
            if (hours != Math.rint(hours)) {
                return count(Math.round(seconds / 60), "minute", t);
            }
            return count(Math.round(hours), "hour", t);
        }
        return count(Math.round(seconds / 86400), "day", t);
    }

    private static String count(long n, String unit, Map<String, String> t) {
        return n + " " + t.get(n == 1 ? unit : unit + "s");
    }
}

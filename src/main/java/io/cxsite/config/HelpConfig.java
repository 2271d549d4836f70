package io.cxsite.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the help centre tells customers: how to reach the company (site.yaml {@code contact:}) and
 * where "Was this helpful?" answers go (site.yaml {@code helpful:}).
 *
 * @param contact  the channels in the order site.yaml lists them
 * @param endpoint where the helpful form posts (a form service or the company's own URL), if any
 * @param email    where the helpful answer goes as an e-mail when there is no endpoint, if any
 */
public record HelpConfig(List<Channel> contact, Optional<String> endpoint, Optional<String> email) {
    public static final HelpConfig NONE = new HelpConfig(List.of(), Optional.empty(), Optional.empty());

    /** The channel kinds cxsite knows how to link: a phone number, a chat page, an address, a forum or profile. */
    public static final List<String> KINDS = List.of("phone", "chat", "email", "forum", "social", "web");

    /**
     * One way to reach the company.
     *
     * @param kind         one of {@link #KINDS}
     * @param label        per language, such as {@code {en: Customer service, sv: Kundservice}}; {@code ""} for all
     * @param value        the number, address or URL the link goes to, per language like the label
     * @param hours        opening hours per language, as written
     * @param responseTime seconds until a first answer, if site.yaml gives it for this channel
     * @param promiseLine  where in site.yaml the answer time customers are shown is written: the
     *                     channel's responseTime, else its entry in responseExpectations, else the channel
     * @param promiseColumn the column of that place
     */
    public record Channel(String kind, Map<String, String> label, Map<String, String> value, Map<String, String> hours,
            OptionalDouble responseTime, int promiseLine, int promiseColumn) {

        /** The text for {@code language}, else the one for all languages, else the first. */
        public static String localized(Map<String, String> texts, String language) {
            if (texts.containsKey(language)) {
                return texts.get(language);
            }
            if (texts.containsKey("")) {
                return texts.get("");
            }
            return texts.values().stream().findFirst().orElse("");
        }
    }
}

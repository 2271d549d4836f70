import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a large synthetic survey export, for the feedback benchmark.
 *
 * <pre>java bench/GenerateExport.java OUT.csv [ROWS] [SEED]      ROWS defaults to 1000000</pre>
 *
 * The file is a generic CSV with the header {@code date,score,comment,channel,segment,language},
 * which cxsite recognises by its column names. One row is one answer:
 * <ul>
 * <li>date: an ISO instant in UTC ({@code 2025-03-14T08:02:51Z}), rows in time order from
 * 2024-11-01T00:00Z to 2026-11-01T00:00Z, so the last hour falls in November 2026 in Stockholm and
 * every month boundary is an hour off between UTC and the site's zone;</li>
 * <li>score: 0-10, promoters more likely in chat and web than by phone, e-mail or social media, a
 * slow improvement over the two years; empty on about 1 % of the rows (unfinished answers);</li>
 * <li>comment: on about 60 % of the answers, one or two short sentences in the answer's language,
 * praise for promoters and complaints for detractors; a comment with a comma or a quote is quoted
 * the CSV way ({@code "..."} with inner quotes doubled);</li>
 * <li>channel phone/chat/email/web/social, segment household/business, language sv/nb/en.</li>
 * </ul>
 * About 80 bytes a row (80 MB for a million). Deterministic: the same ROWS and SEED always give the
 * same bytes (java.util.Random, no clock).
 */
public class GenerateExport {

    static final long DEFAULT_SEED = 0xFEEDBACCL;
    static final long START = Instant.parse("2024-11-01T00:00:00Z").getEpochSecond();
    static final long END = Instant.parse("2026-11-01T00:00:00Z").getEpochSecond();

    static final String[] CHANNELS = {"phone", "chat", "email", "web", "social"};
    /** Share of the answers per channel, in per mille, in the order of CHANNELS. */
    static final int[] CHANNEL_SHARE = {300, 250, 200, 200, 50};
    /** Chance of a promoter and of a detractor per channel at the start of the two years. */
    static final double[] PROMOTER = {0.40, 0.55, 0.36, 0.50, 0.30};
    static final double[] DETRACTOR = {0.27, 0.15, 0.31, 0.18, 0.40};

    static final String[] LANGUAGES = {"sv", "nb", "en"};
    static final int[] LANGUAGE_SHARE = {550, 300, 150};

    /** Weights of the detractor scores 0..6: most unhappy customers still give a 5 or a 6. */
    static final int[] DETRACTOR_WEIGHTS = {4, 2, 3, 4, 5, 8, 10};

    // Sentences by language (index as LANGUAGES) and by mood. Written for this benchmark; they touch
    // the topics of the sample site's content/topics.yaml, and some touch none.

    static final String[][] PRAISE = {
        {
            "Snabb och tydlig hjälp i chatten.",
            "Trevlig personal som lyssnade på vad jag hade att säga.",
            "Enkelt att logga in med BankID och se min förbrukning.",
            "Fakturan var lätt att förstå den här gången.",
            "Flytten gick smidigt, elen var på när vi kom till nya adressen.",
            "Fick svar på mitt mejl samma dag, tack!",
            "Bredbandet har varit stabilt sedan routern byttes.",
            "Kunnig handläggare som löste allt på en gång.",
            "Appen är bra, jag ser direkt vad elen kostar.",
            "Bra pris och inga konstiga avgifter.",
            "Avbrottet var kort, och sms:et om det kom direkt.",
            "Allt fungerar, inget att klaga på.",
        },
        {
            "Rask og grei hjelp på chat.",
            "Hyggelig kundebehandler som forklarte alt.",
            "Enkelt å logge inn med BankID.",
            "Fakturaen var lett å forstå.",
            "Flyttingen gikk greit, strømmen var på da vi kom frem.",
            "Fikk svar på e-post samme dag.",
            "Bredbåndet er raskt og stabilt.",
            "God pris og ingen skjulte gebyrer.",
            "Appen er oversiktlig, jeg ser forbruket med en gang.",
            "Alt fungerer som det skal, takk!",
        },
        {
            "Quick and friendly help on the chat.",
            "The new bill is easy to read.",
            "Logging in with BankID just works.",
            "Moving house was painless, the power was on when we arrived.",
            "Got an answer to my email within the hour.",
            "Fast broadband, no drops since the new router.",
            "Helpful staff who knew what they were doing.",
            "Fair price, no surprises.",
        },
    };

    static final String[][] MIXED = {
        {
            "Bra hjälp till slut, men kön var lång.",
            "Mina sidor fungerar, men inloggningen strular ibland.",
            "Priset är okej, men fakturan är svår att läsa.",
            "Personalen var vänlig, men de kunde inte lösa mitt problem direkt.",
            "Det mesta fungerar som det ska.",
            "Chatten är smidig, fast man får vänta lite.",
            "Helt okej, inget särskilt.",
        },
        {
            "Grei hjelp til slutt, men lang kø.",
            "Min side fungerer, men innloggingen er treg.",
            "Prisen er grei, men fakturaen er uoversiktlig.",
            "Vennlig betjening, men saken er ikke løst ennå.",
            "Helt greit, ikke noe spesielt.",
        },
        {
            "Good help in the end, but the queue was long.",
            "My pages work, but the login is slow.",
            "The price is fine, but the invoice is confusing.",
            "Polite staff, but the problem is not solved yet.",
            "It is okay, nothing special.",
        },
    };

    static final String[][] COMPLAINT = {
        {
            "Väntade i telefonkön i över 40 minuter.",
            "Räkningen var dubbelt så hög som förra månaden, och ingen kunde förklara varför.",
            "Kan inte logga in i appen, den säger \"tekniskt fel\" varje gång.",
            "Tre avbrott på en vecka och ingen information om varför.",
            "Chatten stängde mitt i samtalet.",
            "Otrevligt bemötande när jag ringde om fakturan.",
            "Hastigheten är långt under vad jag betalar för.",
            "Fick aldrig svar på mitt mejl.",
            "Flytten blev fel, jag fick betala för två adresser.",
            "Svarstiden på e-post är för lång.",
        },
        {
            "Ventet i telefonkøen i over en halvtime.",
            "Regningen var altfor høy, og ingen kunne forklare hvorfor.",
            "Får ikke logget inn, appen sier \"ukjent feil\" hver gang.",
            "Strømbrudd to ganger denne uken uten noen beskjed.",
            "Chatten ble avsluttet før jeg fikk svar.",
            "Uhøflig kundebehandler på telefon.",
            "Hastigheten er mye lavere enn lovet.",
            "Svartiden på e-post er altfor lang.",
            "Fikk to fakturaer for samme måned, og gebyr på begge.",
        },
        {
            "Waited on hold for 45 minutes, then got cut off.",
            "My bill doubled, and nobody could tell me why.",
            "The app keeps saying \"session expired\" when I try to log in.",
            "Another outage this week, no warning, no explanation.",
            "The chat agent closed the conversation before I got an answer.",
            "Broadband speed is nowhere near what I pay for.",
            "Still no reply to my email after a week.",
        },
    };

    /** Rare detractor comments about the sample's critical topics (fraud, threats to cancel). */
    static final String[][] CRITICAL = {
        {
            "Alldeles för dyrt, jag funderar på att byta elbolag.",
            "Någon har tecknat ett avtal i mitt namn, jag vill att ni utreder det.",
            "Om det här fortsätter säger jag upp avtalet.",
        },
        {
            "Altfor dyrt, jeg vurderer å si opp avtalen.",
            "Noen har opprettet et abonnement i mitt navn.",
        },
        {
            "Too expensive, I am going to switch supplier.",
            "Someone opened an account in my name, this looks like fraud.",
        },
    };

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: java bench/GenerateExport.java OUT.csv [ROWS] [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long rows = args.length > 1 ? positive(args[1], "ROWS") : 1_000_000;
        long seed = args.length > 2 ? Long.decode(args[2]) : DEFAULT_SEED;
        long started = System.nanoTime();
        Random random = new Random(seed ^ rows);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        long answers = 0;
        long unfinished = 0;
        long comments = 0;
        double span = END - START;
        StringBuilder row = new StringBuilder(256);
        // The date part of the instant is formatted once a day: rows are in time order.
        long dayStart = 0;
        long dayEnd = 0;
        String dayText = "";
        try (BufferedWriter w = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
            w.write("date,score,comment,channel,segment,language\n");
            for (long i = 0; i < rows; i++) {
                row.setLength(0);
                // Evenly spaced in time, each answer somewhere in its own slot: the file stays sorted.
                double slot = span / rows;
                long second = START + (long) (i * slot + random.nextDouble() * slot);
                if (second >= dayEnd) {
                    long day = Math.floorDiv(second, 86_400L);
                    dayStart = day * 86_400L;
                    dayEnd = dayStart + 86_400L;
                    dayText = LocalDate.ofEpochDay(day) + "T";
                }
                appendTime(row.append(dayText), (int) (second - dayStart));
                row.append(',');

                int channel = pick(random, CHANNEL_SHARE);
                int language = pick(random, LANGUAGE_SHARE);
                String segment = random.nextInt(5) == 0 ? "business" : "household";
                String comment = "";
                if (random.nextInt(100) == 0) {
                    unfinished++; // left the survey before the score: no score, no comment
                } else {
                    double progress = (second - START) / span; // 0..1 over the two years
                    double promoter = PROMOTER[channel] + 0.05 * progress;
                    double detractor = DETRACTOR[channel] - 0.04 * progress;
                    double draw = random.nextDouble();
                    int score;
                    int group; // 0 promoter, 1 passive, 2 detractor
                    if (draw < promoter) {
                        score = random.nextInt(100) < 55 ? 10 : 9;
                        group = 0;
                    } else if (draw < 1 - detractor) {
                        score = random.nextInt(100) < 55 ? 8 : 7;
                        group = 1;
                    } else {
                        score = pick(random, DETRACTOR_WEIGHTS);
                        group = 2;
                    }
                    row.append(score);
                    answers++;
                    int commentChance = group == 0 ? 58 : group == 1 ? 54 : 78;
                    if (random.nextInt(100) < commentChance) {
                        comment = comment(random, language, group);
                        comments++;
                    }
                }
                row.append(',');
                appendCsv(row, comment);
                row.append(',').append(CHANNELS[channel]).append(',').append(segment).append(',')
                        .append(LANGUAGES[language]).append('\n');
                w.append(row);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long bytes = Files.size(out);
        System.out.printf(java.util.Locale.ROOT,
                "%s: %d rows (%d answers, %d without score, %d with a comment), %.1f MB, %.1f bytes a row, %.1f s%n",
                out, rows, answers, unfinished, comments, bytes / 1e6, (double) bytes / Math.max(1, rows), seconds);
    }

    /** {@code HH:mm:ssZ} of a second of the day. */
    static void appendTime(StringBuilder row, int secondOfDay) {
        int[] parts = {secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60};
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                row.append(':');
            }
            row.append((char) ('0' + parts[i] / 10)).append((char) ('0' + parts[i] % 10));
        }
        row.append('Z');
    }

    /** One or two sentences in the answer's language whose mood follows the score group. */
    static String comment(Random random, int language, int group) {
        String[] pool = pool(random, language, group);
        String first = pool[random.nextInt(pool.length)];
        if (random.nextInt(100) >= 35) {
            return first;
        }
        String[] more = pool(random, language, group);
        String second = more[random.nextInt(more.length)];
        return second.equals(first) ? first : first + " " + second;
    }

    static String[] pool(Random random, int language, int group) {
        int mood = random.nextInt(100);
        return switch (group) {
            case 0 -> mood < 80 ? PRAISE[language] : MIXED[language];
            case 1 -> mood < 60 ? MIXED[language] : mood < 80 ? PRAISE[language] : COMPLAINT[language];
            default -> mood < 3 ? CRITICAL[language] : mood < 85 ? COMPLAINT[language] : MIXED[language];
        };
    }

    /** A CSV field: as it is, or in quotes with inner quotes doubled when it holds a comma, quote or line break. */
    static void appendCsv(StringBuilder row, String text) {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            row.append(text);
            return;
        }
        row.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                row.append('"');
            }
            row.append(c);
        }
        row.append('"');
    }

    /** An index drawn with the given weights. */
    static int pick(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static long positive(String text, String name) {
        try {
            long value = Long.parseLong(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        System.err.println(name + " must be a positive whole number, got: " + text);
        System.exit(2);
        return 0;
    }
}

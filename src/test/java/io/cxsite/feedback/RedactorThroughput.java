package io.cxsite.feedback;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How fast {@link Redactor#redact} runs on a build's worth of comments: 1,000,000 comments of about
 * 100 characters, one in ten with an identifier, on one thread; then the same with typography and
 * other scripts mixed in, which the Redactor has to normalise. Not a test (nothing here is asserted
 * or timed by the build); run it by hand after {@code ./mvnw test-compile}:
 * {@code java -cp target/classes:target/test-classes io.cxsite.feedback.RedactorThroughput}.
 */
public final class RedactorThroughput {
    private static final String[] PLAIN = {
        "Snabbt svar från kundtjänst, men leveransen tog 5 dagar och kostade 1 299 kr.",
        "Appen kraschar varje gång jag loggar in med BankID sedan uppdateringen 2.3.4.",
        "Väldigt trevlig personal i butiken i Malmö, fick hjälp direkt kl. 14:30.",
        "Fakturan INV-2026-000123 hade fel belopp, SEK 14 200 i stället för 12 400.",
        "Kjempefin service, men ventetiden på telefon var 45 minutter. Blåbærsyltetøy!",
        "Beställde den 2026-10-05, fick paketet 05.10.2026 men det saknades 2 st varor.",
        "Priset höjdes med 15 % mellan 2025-2026 utan att någon informerade oss om det.",
        "Tack för hjälpen med ärende 48213, allt fungerar nu som det ska. Bästa betyg!",
    };
    private static final String[] WITH_IDENTIFIER = {
        "Ring mig på 070-123 45 67 efter kl 17, jag har fortfarande inte fått pengarna.",
        "Skicka kvittot till anna.svensson@example.se tack, jag hittar det inte i appen.",
        "Återbetalningen ska till SE45 5000 0000 0583 9825 7466, inte till kortet.",
        "Mitt personnummer är 19121212-1212 och jag vill ha ett utdrag av min data.",
        "Kortet 4111 1111 1111 1111 drogs två gånger för samma order, snälla hjälp.",
        "Ring meg på +47 412 34 567 så fort som mulig, det haster med leveransen.",
    };

    private static final String[] TYPOGRAPHY = {"Tack \u2013 bra jobbat! 👍🏽", "\u201CSnabbt\u201D, men\u2026",
        "شكرا جزيلا", "धन्यवाद", "ありがとうございます", "Ｔｈａｎｋｓ！", "10\u202F% rabatt\u00A0\u2013 toppen"};

    private RedactorThroughput() {
    }

    public static void main(String[] args) {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        run("Nordic comments", pool(10_000, false), total);
        run("with typography and other scripts", pool(10_000, true), total);
    }

    /** Wall time, and the thread's CPU time, which a machine shared with other work distorts less. */
    private static void run(String name, List<String> pool, int total) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long chars = 0;
        for (String comment : pool) {
            chars += comment.length();
        }
        int sink = 0;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < total; i++) {
                sink += Redactor.redact(pool.get(i % pool.size())).length();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("%s, round %d: %,d comments (avg %d chars) in %.2f s = %,.0f comments/s;"
                    + " CPU %.2f s = %,.0f comments/s%n", name, round + 1, total, chars / pool.size(), seconds,
                    total / seconds, cpuSeconds, total / cpuSeconds);
        }
        long start = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < total; i++) {
            sink += Redactor.toSafeText(pool.get(i % pool.size()), 280).length();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf("%s, toSafeText: %,d comments in %.2f s = %,.0f comments/s; CPU %.2f s = %,.0f"
                + " comments/s (%d)%n", name, total, seconds, total / seconds, cpuSeconds, total / cpuSeconds,
                sink % 10);
    }

    /**
     * Distinct comments: each a plain sentence with a varying number, one in ten with an identifier;
     * with {@code typography}, every third also with an en dash, a no-break space, curly quotes, an
     * emoji or a phrase in another script, as comments pasted from phones and word processors have.
     */
    private static List<String> pool(int size, boolean typography) {
        Random random = new Random(42);
        List<String> pool = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String text = i % 10 == 0 ? WITH_IDENTIFIER[random.nextInt(WITH_IDENTIFIER.length)]
                    : PLAIN[random.nextInt(PLAIN.length)].replace("5", String.valueOf(random.nextInt(10)));
            if (typography && i % 3 == 0) {
                text = text.replace(" - ", " \u2013 ").replace(" kr", "\u00A0kr").replace(", ", " \u2019") + " "
                        + TYPOGRAPHY[random.nextInt(TYPOGRAPHY.length)];
            }
            pool.add(text + " Hälsningar, kund nr " + i + ".");
        }
        return pool;
    }
}

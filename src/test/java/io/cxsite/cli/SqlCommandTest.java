package io.cxsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxsite sql}: the site's zone and topics in the SQL, usage errors exit 2, a broken topics.yaml exits 1. */
class SqlCommandTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- site.yaml --
            title: Warehouse
            baseUrl: https://x.example/
            timeZone: Europe/Oslo
            -- content/topics.yaml --
            topics:
              - id: billing
                label: {en: Bills}
                keywords: {en: [bill*]}
            """;

    @Test
    void printsTheSqlWithTheSitesTopicsAndTable() {
        TestSite.write(dir, SITE);
        CxsiteTest.Run run = CxsiteTest.run(Map.of(), "sql", "-s", dir.toString(), "--dialect", "duckdb", "--table",
                "crm.answers", "--newest", "5");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("FROM crm.answers"));
        assertTrue(run.out().contains("timezone('Europe/Oslo', \"date\")"), "the site's time zone");
        assertTrue(run.out().contains("THEN 'billing' END"));
        assertTrue(run.out().contains("contains(words, ' bill')"));
        assertTrue(run.out().contains("WHERE newest <= 5\n"));
    }

    @Test
    void onlyPrintsOneStatementWithTheSessionSetting() {
        TestSite.write(dir, SITE);
        String aggregate = CxsiteTest.run(Map.of(), "sql", "-s", dir.toString(), "--dialect", "spark", "--only",
                "aggregate").out();
        assertTrue(aggregate.contains("SET TIME ZONE 'Europe/Oslo';") && aggregate.contains("count(*)"), aggregate);
        assertTrue(!aggregate.contains("newest"), "no verbatims statement");
        String verbatims = CxsiteTest.run(Map.of(), "sql", "-s", dir.toString(), "--dialect", "bigquery", "--only",
                "verbatims").out();
        assertTrue(verbatims.contains("TO_JSON_STRING") && !verbatims.contains("count(*)"), verbatims);
    }

    @Test
    void aBadDialectTableOrCountIsAUsageError() {
        TestSite.write(dir, SITE);
        assertEquals(2, CxsiteTest.run(Map.of(), "sql", "-s", dir.toString(), "--dialect", "oracle").code());
        assertEquals(2, CxsiteTest.run(Map.of(), "sql", "-s", dir.toString()).code(), "--dialect is required");
        CxsiteTest.Run table = CxsiteTest.run(Map.of(), "sql", "-s", dir.toString(), "--dialect", "spark", "--table",
                "answers; DROP TABLE x");
        assertEquals(2, table.code());
        assertTrue(table.err().contains("--table must be a table name"), table.err());
        assertEquals(2, CxsiteTest.run(Map.of(), "sql", "-s", dir.toString(), "--dialect", "spark", "--newest", "0")
                .code());
    }

    @Test
    void aBrokenTopicsFileIsReportedAndNoSqlIsPrinted() {
        TestSite.write(dir, SITE + "  - id: Not An Id\n    label: {en: X}\n");
        CxsiteTest.Run run = CxsiteTest.run(Map.of(), "sql", "-s", dir.toString(), "--dialect", "bigquery");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/topics.yaml:"), run.err());
        assertEquals("", run.out());
    }
}

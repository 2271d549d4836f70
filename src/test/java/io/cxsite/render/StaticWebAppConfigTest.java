package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cxsite.build.BuildRequest;
import io.cxsite.build.BuildResult;
import io.cxsite.build.SiteBuild;
import io.cxsite.build.TestSite;
import io.cxsite.config.AudienceScope;
import io.cxsite.diagnostics.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access rules cxsite writes for Azure Static Web Apps: valid by Azure's schema, and no file of
 * the built report site (the sample site, with reports, charts and metrics) is served to anyone who
 * has not signed in with an allowed role.
 */
class StaticWebAppConfigTest {
    private static final String APP = "https://cx-reports.azurestaticapps.net/";
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final Set<String> ANONYMOUS = Set.of("anonymous");

    @TempDir
    static Path sample;

    private static Map<String, byte[]> built;

    /** The repository's sample site with {@code hosting:} added, built with --audience all for Azure. */
    @BeforeAll
    static void buildTheSampleForAzure() throws IOException {
        for (String part : List.of("content", "themes")) {
            TestSite.copyTree(TestSite.REPO.resolve(part), sample.resolve(part));
        }
        Files.writeString(sample.resolve("site.yaml"), Files.readString(TestSite.REPO.resolve("site.yaml"))
                + "\nhosting:\n  reportSite: azure-static-web-apps\n  tenantId: " + TENANT + "\n");
        BuildResult result = build(sample, AudienceScope.ALL, APP);
        assertEquals(List.of(), result.problems().stream().filter(Problem::isError).map(Problem::format).toList());
        built = TestSite.snapshot(sample.resolve("public"));
    }

    private static BuildResult build(Path site, AudienceScope audience, String baseUrl) throws IOException {
        return SiteBuild.run(new BuildRequest(site, Optional.of(site.resolve("public")), Optional.of(baseUrl),
                Optional.of(audience), false, false));
    }


    private static String config() {
        assertTrue(built.containsKey(StaticWebAppConfig.PATH), "the report build has " + StaticWebAppConfig.PATH);
        return new String(built.get(StaticWebAppConfig.PATH), StandardCharsets.UTF_8);
    }

    private static List<String> schemaErrors(String json) throws IOException {
        try (InputStream in = StaticWebAppConfigTest.class.getResourceAsStream(
                "/render/hosting/staticwebapp.config.schema.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
            return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
        }
    }

    @Test
    void theWrittenConfigIsValidByAzuresSchema() throws IOException {
        assertEquals(List.of(), schemaErrors(config()));
    }

    @Test
    void theSchemaCheckCatchesAConfigAzureWouldRefuse() throws IOException {
        ObjectNode config = (ObjectNode) new ObjectMapper().readTree(config());
        config.put("trailingSlash", "sometimes");
        assertFalse(schemaErrors(config.toString()).isEmpty());
    }

    @Test
    void noFileOfTheReportSiteIsServedWithoutSigningIn() throws IOException {
        SwaRoutes routes = SwaRoutes.parse(config());
        List<String> open = new ArrayList<>();
        assertTrue(built.keySet().stream().anyMatch(p -> p.startsWith("reports/")), "the sample has reports");
        assertTrue(built.containsKey("data/metrics.json"), "the sample has metrics");
        for (String file : built.keySet()) {
            for (String url : urls(file)) {
                SwaRoutes.Answer answer = routes.get(url, ANONYMOUS);
                if (answer.status() != 302 || !answer.location().equals(Optional.of(StaticWebAppConfig.LOGIN))) {
                    open.add(url + " -> " + answer);
                }
            }
        }
        assertEquals(List.of(), open);
    }

    /** A file's URL, and for a folder's index.html the folder's, with and without its final slash. */
    private static List<String> urls(String file) {
        List<String> urls = new ArrayList<>(List.of("/" + file, "/" + file.toUpperCase(java.util.Locale.ROOT)));
        if (file.endsWith("index.html")) {
            String folder = "/" + file.substring(0, file.length() - "index.html".length());
            urls.add(folder);
            if (folder.length() > 1) {
                urls.add(folder.substring(0, folder.length() - 1));
            }
        }
        return urls;
    }

    @Test
    void signedInReadersOfTheTenantReadEveryPageAndOtherSignInsAreClosed() throws IOException {
        SwaRoutes routes = SwaRoutes.parse(config());
        Set<String> reader = Set.of("anonymous", "authenticated");
        assertTrue(built.keySet().stream().allMatch(file -> routes.get("/" + file, reader).served()));
        for (String provider : StaticWebAppConfig.OTHER_PROVIDERS) {
            assertEquals(404, routes.get("/.auth/login/" + provider, reader).status());
        }
        JsonNode registration = new ObjectMapper().readTree(config())
                .at("/auth/identityProviders/azureActiveDirectory/registration");
        assertEquals("https://login.microsoftonline.com/" + TENANT + "/v2.0", registration.path("openIdIssuer").asText());
    }

    @Test
    void aRouteWithoutRolesBeforeTheCatchAllWouldBeFound() throws IOException {
        // The walk above fails when the rules leave a door open: here one for the reports.
        ObjectNode config = (ObjectNode) new ObjectMapper().readTree(config());
        config.withArray("routes").insertObject(0).put("route", "/reports/*");
        SwaRoutes routes = SwaRoutes.parse(config.toString());
        assertTrue(routes.get("/reports/", ANONYMOUS).served());
        assertEquals(302, routes.get("/help/", ANONYMOUS).status());
    }

    @Test
    void customRolesKeepOutSignedInPeopleWithoutTheRole(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.write(dir, site("hosting:\n  reportSite: azure-static-web-apps\n"
                + "  allowedRoles: [cx-readers, cx-leads]\n"));
        assertEquals(List.of(), site.build(new BuildRequest(dir, Optional.of(site.output()), Optional.of(APP),
                Optional.of(AudienceScope.ALL), false, false)).problems().stream().map(Problem::format).toList());
        SwaRoutes routes = SwaRoutes.parse(Files.readString(site.output().resolve(StaticWebAppConfig.PATH)));
        assertEquals(403, routes.get("/reports/", Set.of("anonymous", "authenticated")).status());
        assertTrue(routes.get("/reports/", Set.of("anonymous", "authenticated", "cx-leads")).served());
        assertFalse(Files.readString(site.output().resolve(StaticWebAppConfig.PATH)).contains("\"auth\""));
    }

    @Test
    void aPublicBuildAndABuildWithoutHostingWriteNoAccessRules(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.write(dir, site("hosting:\n  reportSite: azure-static-web-apps\n"
                + "  tenantId: " + TENANT + "\n"));
        assertFalse(build(dir, AudienceScope.PUBLIC, APP).failed());
        assertFalse(Files.exists(site.output().resolve(StaticWebAppConfig.PATH)));
        TestSite.write(dir, site(""));
        assertFalse(build(dir, AudienceScope.ALL, APP).failed());
        assertFalse(Files.exists(site.output().resolve(StaticWebAppConfig.PATH)));
    }

    @Test
    void githubPagesNeedsNoFileAndTheReportUrlIsChecked(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.write(dir, site("hosting: {reportSite: github-pages}\n"));
        assertEquals(List.of(), build(dir, AudienceScope.ALL, APP).problems().stream().map(Problem::format).toList());
        assertFalse(Files.exists(site.output().resolve(StaticWebAppConfig.PATH)));
        TestSite.write(dir, site("hosting: {reportSite: azure-static-web-apps, tenantId: " + TENANT
                + ", reportUrl: http://cx.example.com/}\n"));
        List<String> errors = build(dir, AudienceScope.ALL, APP).problems().stream().map(Problem::format).toList();
        assertEquals(List.of("site.yaml:4:105: error: 'reportUrl:' is the report site's https address, such as"
                + " https://cx-reports.example.com/"), errors);
    }

    @Test
    void theSameSiteGivesTheSameFile(@TempDir Path dir) throws IOException {
        TestSite.write(dir, site("hosting: {reportSite: azure-static-web-apps, tenantId: " + TENANT + "}\n"));
        build(dir, AudienceScope.ALL, APP);
        assertEquals(config(), Files.readString(dir.resolve("public").resolve(StaticWebAppConfig.PATH)));
    }

    @Test
    void mistakesInHostingAreErrorsAtTheirLine(@TempDir Path dir) throws IOException {
        TestSite.write(dir, site("""
                hosting:
                  reportSite: azure-static-web-apps
                  allowedRoles: [anonymous, "cx readers"]
                  tenant: x
                """));
        List<String> errors = build(dir, AudienceScope.ALL, APP).problems().stream().map(Problem::format).toList();
        assertEquals(List.of(
                "site.yaml:6:18: error: 'anonymous' would let everyone read the reports; list the roles that may sign in",
                "site.yaml:6:29: error: a role is a name of letters, digits, '-' and '_', such as cx-readers",
                "site.yaml:7:3: error: unknown hosting key 'tenant' (did you mean 'tenantId'?); the keys are reportSite,"
                        + " reportUrl, allowedRoles, tenantId"), errors.stream().filter(e -> e.contains("error:")).toList());
    }

    @Test
    void anyMicrosoftAccountIsNotEnough(@TempDir Path dir) throws IOException {
        TestSite.write(dir, site("hosting:\n  reportSite: azure-static-web-apps\n"));
        List<String> errors = build(dir, AudienceScope.ALL, APP).problems().stream().map(Problem::format).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("site.yaml:5:3: error: with only the role 'authenticated' and no"
                + " 'tenantId:', anyone with a Microsoft account could read the reports"), errors.get(0));
    }

    @Test
    void aBaseUrlWithAPathIsRefusedForAzure(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.write(dir, site("hosting:\n  reportSite: azure-static-web-apps\n  tenantId: "
                + TENANT + "\n"));
        BuildResult result = build(dir, AudienceScope.ALL, "https://acme.github.io/cx/");
        assertEquals(List.of("site.yaml:4:1: error: Azure Static Web Apps serves the report site at the root of its"
                + " address, but the base URL https://acme.github.io/cx/ has the path /cx/; build it with --base-url"
                + " https://<your app>.azurestaticapps.net/ (or your custom domain)"),
                result.problems().stream().map(Problem::format).toList());
        assertFalse(Files.exists(site.output()), "a failed build writes nothing");
    }

    /** A small site with an internal report; {@code hosting} is appended to its site.yaml (from line 4). */
    private static String site(String hosting) {
        return """
                -- site.yaml --
                title: Reports
                baseUrl: https://cx-reports.azurestaticapps.net/
                audience: all
                """ + hosting + """
                -- content/_index.md --
                ---
                title: Home
                ---
                -- content/reports/_index.md --
                ---
                title: Reports
                audience: internal
                ---
                """;
    }
}

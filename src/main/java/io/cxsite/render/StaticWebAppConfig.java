package io.cxsite.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxsite.config.AudienceScope;
import io.cxsite.config.HostingConfig;
import io.cxsite.config.SiteConfig;
import io.cxsite.diagnostics.Problems;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code staticwebapp.config.json}, the access rules of Azure Static Web Apps, written into a build
 * with {@code --audience all} when site.yaml says {@code hosting: {reportSite: azure-static-web-apps}}.
 * Every route needs one of the allowed roles; a visitor who has not signed in is sent to the
 * Microsoft Entra ID sign-in, the other sign-in providers answer 404. A public build never gets the
 * file: its pages are for everyone.
 */
final class StaticWebAppConfig {
    static final String PATH = "staticwebapp.config.json";
    /** Azure's built-in sign-in providers besides Entra ID: closed, so only the company's accounts sign in. */
    static final List<String> OTHER_PROVIDERS = List.of("github", "twitter");
    static final String LOGIN = "/.auth/login/aad";
    /** The app settings (Azure portal, Configuration) that hold the Entra ID app registration. */
    static final String CLIENT_ID_SETTING = "AZURE_CLIENT_ID";
    static final String CLIENT_SECRET_SETTING = "AZURE_CLIENT_SECRET";

    private static final ObjectMapper JSON = new ObjectMapper();

    private StaticWebAppConfig() {
    }

    /** Whether a build of {@code config} writes the file. */
    static boolean written(SiteConfig config) {
        // Without roles the catch-all route would let everyone in; site.yaml's reader never gives none.
        return config.audience() == AudienceScope.ALL
                && config.hosting().host() == HostingConfig.Host.AZURE_STATIC_WEB_APPS
                && !config.hosting().allowedRoles().isEmpty();
    }

    /**
     * The file for a build of {@code config}, if it gets one. Azure serves the folder at the root of
     * the app's address, so a base URL with a path would break every link: that is an error at {@code hosting:}.
     */
    static Optional<OutputFile> of(SiteConfig config, Problems problems) {
        if (!written(config)) {
            return Optional.empty();
        }
        HostingConfig hosting = config.hosting();
        if (!config.basePath().equals("/")) {
            problems.error("site.yaml", hosting.line(), hosting.column(), "Azure Static Web Apps serves the report"
                    + " site at the root of its address, but the base URL " + config.baseUrl() + " has the path "
                    + config.basePath() + "; build it with --base-url https://<your app>.azurestaticapps.net/"
                    + " (or your custom domain)");
            return Optional.empty();
        }
        return Optional.of(OutputFile.text(PATH, "application/json", text(hosting)));
    }

    static String text(HostingConfig hosting) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode routes = root.putArray("routes");
        for (String provider : OTHER_PROVIDERS) {
            routes.addObject().put("route", "/.auth/login/" + provider).put("statusCode", 404);
        }
        ArrayNode roles = routes.addObject().put("route", "/*").putArray("allowedRoles");
        hosting.allowedRoles().forEach(roles::add);
        ObjectNode overrides = root.putObject("responseOverrides");
        // Not signed in: to the Entra ID sign-in, which brings the reader back signed in.
        overrides.putObject("401").put("statusCode", 302).put("redirect", LOGIN);
        overrides.putObject("404").put("rewrite", "/404.html");
        root.put("trailingSlash", "auto");
        ObjectNode headers = root.putObject("globalHeaders");
        headers.put("Cache-Control", "private, no-cache");
        headers.put("X-Robots-Tag", "noindex, nofollow");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", "frame-ancestors 'none'");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Strict-Transport-Security", "max-age=31536000");
        hosting.tenantId().ifPresent(tenant -> root.putObject("auth").putObject("identityProviders")
                .putObject("azureActiveDirectory").putObject("registration")
                .put("openIdIssuer", "https://login.microsoftonline.com/" + tenant + "/v2.0")
                .put("clientIdSettingName", CLIENT_ID_SETTING)
                .put("clientSecretSettingName", CLIENT_SECRET_SETTING));
        try {
            // Line ends fixed to \n: the same file on every system.
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(pretty).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

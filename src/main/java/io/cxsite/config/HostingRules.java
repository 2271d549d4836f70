package io.cxsite.config;

import io.cxsite.config.YamlNode.Entry;
import io.cxsite.diagnostics.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads site.yaml's {@code hosting:} mapping, every mistake at its own line:
 * <pre>
 * hosting:
 *   reportSite: azure-static-web-apps      # or github-pages
 *   reportUrl: https://cx.example.com/     # the report site's address (the workflow's --base-url)
 *   tenantId: 8c1f...                      # only people of this Entra ID tenant can sign in
 *   allowedRoles: [cx-readers]             # default [authenticated]
 * </pre>
 */
final class HostingRules {
    private static final List<String> KEYS = List.of("reportSite", "reportUrl", "allowedRoles", "tenantId");
    private static final String TENANT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** Roles are names Azure accepts for invitations: letters, digits, '-' and '_'. */
    private static final String ROLE = "[A-Za-z0-9_-]{1,64}";

    private final String path;
    private final Problems problems;

    private HostingRules(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    static HostingConfig read(String path, YamlNode root, Problems problems) {
        Entry hosting = root.entries().get("hosting");
        return hosting == null ? HostingConfig.NONE : new HostingRules(path, problems).hosting(hosting);
    }

    private HostingConfig hosting(Entry hosting) {
        YamlNode h = hosting.value();
        if (!h.isMapping()) {
            error(h, "'hosting:' is a mapping such as {reportSite: azure-static-web-apps, tenantId: <your Entra ID"
                    + " tenant id>}");
            return HostingConfig.NONE;
        }
        for (Entry e : h.entries().values()) {
            if (!KEYS.contains(e.key())) {
                problems.error(path, e.line(), e.column(), "unknown hosting key '" + e.key() + "'"
                        + YamlMapping.hint(e.key(), KEYS) + "; the keys are " + String.join(", ", KEYS));
            }
        }
        Optional<HostingConfig.Host> host = host(h.entries().get("reportSite"));
        Optional<String> tenant = tenant(h.entries().get("tenantId"));
        List<String> roles = roles(h.entries().get("allowedRoles"));
        Optional<String> url = url(h.entries().get("reportUrl"));
        if (host.isEmpty()) {
            return HostingConfig.NONE;
        }
        if (roles.isEmpty()) {
            return HostingConfig.NONE;
        }
        if (host.get() == HostingConfig.Host.AZURE_STATIC_WEB_APPS && tenant.isEmpty()
                && roles.equals(List.of(HostingConfig.AUTHENTICATED))) {
            // Azure's built-in Microsoft sign-in accepts any Microsoft account, of any company or none.
            error(h, "with only the role 'authenticated' and no 'tenantId:', anyone with a Microsoft account could"
                    + " read the reports; give your Entra ID tenant's id (tenantId:), or roles you assign by"
                    + " invitation (allowedRoles: [cx-readers])");
        }
        return new HostingConfig(host.get(), roles, tenant, url, hosting.line(), hosting.column());
    }

    private Optional<HostingConfig.Host> host(Entry entry) {
        if (entry == null) {
            return Optional.empty();
        }
        String text = entry.value().text().strip();
        Optional<HostingConfig.Host> host = Arrays.stream(HostingConfig.Host.values())
                .filter(h -> h.key().equals(text)).findFirst();
        if (host.isEmpty() || entry.value().isMapping() || entry.value().kind() == YamlNode.Kind.SEQUENCE) {
            error(entry.value(), "'reportSite:' is github-pages (this repository's Pages, private visibility),"
                    + " azure-static-web-apps (cxsite writes its sign-in rules) or none");
            return Optional.empty();
        }
        return host;
    }

    private Optional<String> tenant(Entry entry) {
        if (entry == null) {
            return Optional.empty();
        }
        String text = entry.value().text().strip();
        if (!text.matches(TENANT)) {
            error(entry.value(), "'tenantId:' is your Microsoft Entra ID tenant's id, such as"
                    + " 72f988bf-86f1-41af-91ab-2d7cd011db47 (Entra admin centre, Overview)");
            return Optional.empty();
        }
        return Optional.of(text.toLowerCase(java.util.Locale.ROOT));
    }

    private Optional<String> url(Entry entry) {
        if (entry == null) {
            return Optional.empty();
        }
        String text = entry.value().text().strip();
        if (!ConfigLoader.isAbsoluteHttpUrl(text) || !text.startsWith("https://")) {
            error(entry.value(), "'reportUrl:' is the report site's https address, such as"
                    + " https://cx-reports.example.com/");
            return Optional.empty();
        }
        return Optional.of(SiteConfig.normalizeBaseUrl(text));
    }

    private List<String> roles(Entry entry) {
        if (entry == null) {
            return List.of(HostingConfig.AUTHENTICATED);
        }
        YamlNode value = entry.value();
        if (value.kind() != YamlNode.Kind.SEQUENCE || value.items().isEmpty()) {
            error(value, "'allowedRoles:' is a list of roles such as [authenticated] or [cx-readers, cx-leads]");
            return List.of();
        }
        List<String> roles = new ArrayList<>();
        boolean wrong = false;
        for (YamlNode item : value.items()) {
            String role = item.text().strip();
            if ("anonymous".equals(role)) {
                error(item, "'anonymous' would let everyone read the reports; list the roles that may sign in");
                wrong = true;
            } else if (!role.matches(ROLE) || item.kind() != YamlNode.Kind.STRING) {
                error(item, "a role is a name of letters, digits, '-' and '_', such as cx-readers");
                wrong = true;
            } else if (!roles.contains(role)) {
                roles.add(role);
            }
        }
        // After a mistake no roles: the build fails, and nothing could be written without them.
        return wrong ? List.of() : List.copyOf(roles);
    }

    private void error(YamlNode at, String message) {
        problems.error(path, at.line(), at.column(), message);
    }
}

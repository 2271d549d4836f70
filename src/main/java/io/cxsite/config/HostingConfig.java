package io.cxsite.config;

import java.util.List;
import java.util.Optional;

/**
 * Where the report site (a build with {@code --audience all}) is published, from site.yaml's
 * {@code hosting:}. Only a host that cxsite must configure needs it: for Azure Static Web Apps the
 * build writes {@code staticwebapp.config.json}, which lets no one in without one of
 * {@code allowedRoles}.
 *
 * @param host         where the report site goes; {@link Host#NONE} when site.yaml does not say
 * @param allowedRoles the roles that may read every page; {@code authenticated} is anyone who signs in
 * @param tenantId     the Microsoft Entra ID tenant whose people may sign in, if given
 * @param reportUrl    the report site's address, for the workflow's {@code --base-url}, if given
 * @param line         the line of {@code hosting:} in site.yaml, for problems about it (1 when absent)
 * @param column       its column
 */
public record HostingConfig(Host host, List<String> allowedRoles, Optional<String> tenantId, Optional<String> reportUrl,
        int line, int column) {
    public static final HostingConfig NONE = new HostingConfig(Host.NONE, List.of(), Optional.empty(), Optional.empty(),
            1, 1);

    /** The role Azure Static Web Apps gives everyone who signed in with any allowed provider. */
    public static final String AUTHENTICATED = "authenticated";

    /** The hosts cxsite knows how to configure. */
    public enum Host {
        /** Not said: the report workflow publishes nothing. */
        NONE("none"),
        /** This repository's GitHub Pages with private visibility (GitHub Enterprise Cloud): no file needed. */
        GITHUB_PAGES("github-pages"),
        /** Azure Static Web Apps with sign-in through Microsoft Entra ID. */
        AZURE_STATIC_WEB_APPS("azure-static-web-apps");

        private final String key;

        Host(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}

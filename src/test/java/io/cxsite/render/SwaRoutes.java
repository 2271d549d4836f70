package io.cxsite.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The routing of Azure Static Web Apps, as its documentation describes it, over one
 * {@code staticwebapp.config.json}: the routes in the order listed, the first that matches decides;
 * a route ending in {@code *} matches everything that starts with what comes before it, and
 * {@code /folder/*.{png,jpg}} the files with those extensions under the folder; matching ignores case.
 * A route with {@code statusCode} answers it; one with {@code allowedRoles} answers 401 (not signed
 * in) or 403 (signed in without the role) to a reader who has none of them; then
 * {@code responseOverrides} turns 401, 403 and 404 into their redirect. A request no route matches is
 * served to anyone. Patterns this class does not know fail the test rather than guess.
 */
final class SwaRoutes {
    /** What the host answers: a status and, for a redirect, where to. */
    record Answer(int status, Optional<String> location) {
        boolean served() {
            return status == 200;
        }
    }

    private final List<JsonNode> routes = new ArrayList<>();
    private final JsonNode overrides;

    private SwaRoutes(JsonNode config) {
        config.path("routes").forEach(routes::add);
        this.overrides = config.path("responseOverrides");
    }

    static SwaRoutes parse(String json) throws IOException {
        return new SwaRoutes(new ObjectMapper().readTree(json));
    }

    /** The answer to a GET of {@code path} by a reader with {@code roles} ({@code anonymous} is everyone's). */
    Answer get(String path, Set<String> roles) {
        for (JsonNode route : routes) {
            if (route.has("methods")) {
                throw new IllegalArgumentException("methods are not modelled: " + route);
            }
            if (!matches(route.path("route").asText(), path)) {
                continue;
            }
            if (route.has("statusCode")) {
                return override(route.path("statusCode").asInt());
            }
            if (route.has("allowedRoles")) {
                boolean allowed = false;
                for (JsonNode role : route.path("allowedRoles")) {
                    allowed |= roles.contains(role.asText()) || role.asText().equals("anonymous");
                }
                if (!allowed) {
                    return override(roles.contains("authenticated") ? 403 : 401);
                }
            }
            return new Answer(200, Optional.empty());
        }
        return new Answer(200, Optional.empty());
    }

    private Answer override(int status) {
        JsonNode rule = overrides.path(String.valueOf(status));
        if (rule.has("redirect")) {
            return new Answer(rule.path("statusCode").asInt(302), Optional.of(rule.path("redirect").asText()));
        }
        return new Answer(rule.path("statusCode").asInt(status), Optional.empty());
    }

    static boolean matches(String route, String path) {
        String r = route.toLowerCase(Locale.ROOT);
        String p = path.toLowerCase(Locale.ROOT);
        int star = r.indexOf('*');
        if (star < 0) {
            return p.equals(r) || p.equals(r + "/");
        }
        if (star == r.length() - 1) {
            return p.startsWith(r.substring(0, star)) || (p + "/").equals(r.substring(0, star));
        }
        // /folder/*.{png,jpg} or /folder/*.png: a file with one of the extensions anywhere under the folder.
        String folder = r.substring(0, star);
        String rest = r.substring(star + 1);
        if (!rest.startsWith(".") || rest.indexOf('*') >= 0) {
            throw new IllegalArgumentException("route pattern not modelled: " + route);
        }
        String extensions = rest.substring(1).replace("{", "").replace("}", "");
        if (!p.startsWith(folder)) {
            return false;
        }
        for (String extension : extensions.split(",")) {
            if (p.endsWith("." + extension.strip())) {
                return true;
            }
        }
        return false;
    }
}

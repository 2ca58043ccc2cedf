package io.exportpermits.common.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a restricted API key may do, as Stripe's restricted keys have it. A key without restrictions has
 * every permission its role allows. Each operation needs at most one permission, decided here from its
 * method and path alone, so that the contract ({@code x-permission}) and the check cannot disagree.
 */
public enum Permission {
    PERMITS_READ("permits:read"),
    PERMITS_WRITE("permits:write"),
    DOCUMENTS_READ("documents:read"),
    DOCUMENTS_WRITE("documents:write"),
    SHIPMENTS_WRITE("shipments:write"),
    PARTIES_READ("parties:read"),
    PARTIES_WRITE("parties:write"),
    EXPORTERS_READ("exporters:read"),
    EXPORTERS_WRITE("exporters:write"),
    IMPORTERS_READ("importers:read"),
    IMPORTERS_WRITE("importers:write"),
    EVENTS_READ("events:read"),
    WEBHOOKS_MANAGE("webhooks:manage"),
    KEYS_MANAGE("keys:manage"),
    REFERENCE_DATA_WRITE("reference-data:write");

    /** Every wire name, for documentation. */
    public static final String LIST = "permits:read, permits:write, documents:read, documents:write, "
            + "shipments:write, parties:read, parties:write, exporters:read, exporters:write, importers:read, "
            + "importers:write, events:read, webhooks:manage, keys:manage, reference-data:write";

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    public final String wireName;

    Permission(String wireName) {
        this.wireName = wireName;
    }

    public static Optional<Permission> ofWireName(String wireName) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(wireName)).findFirst();
    }

    /** What a read-only key may do. */
    public static Set<Permission> reads() {
        return Arrays.stream(values()).filter(p -> p.wireName.endsWith(":read"))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
    }

    /**
     * The permission an operation that needs a key requires, from its HTTP method and path template
     * ({@code /api/v1/permits/{number}/status}); empty for the one every key may call (which key am I?).
     */
    public static Optional<Permission> requiredFor(String method, String template) {
        String path = PATH_PARAMETER.matcher(template).replaceAll("{$1}");
        boolean read = method.equals("GET") || path.equals("/api/v1/permit-status-queries");
        String area = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()).split("/")[0] : "";
        if (path.equals("/api/v1/api-keys/current")) {
            return Optional.empty();
        }
        Permission permission = switch (area) {
            case "api-keys" -> KEYS_MANAGE;
            case "webhook-subscriptions" -> WEBHOOKS_MANAGE;
            case "events" -> EVENTS_READ;
            case "parties" -> read ? PARTIES_READ : PARTIES_WRITE;
            case "exporters" -> read ? EXPORTERS_READ : EXPORTERS_WRITE;
            case "importers" -> read ? IMPORTERS_READ : IMPORTERS_WRITE;
            case "permits", "permit-status-queries" -> path.startsWith("/api/v1/permits/{number}/documents")
                    ? (read ? DOCUMENTS_READ : DOCUMENTS_WRITE)
                    : path.equals("/api/v1/permits/{number}/shipments") && !read ? SHIPMENTS_WRITE
                    : read ? PERMITS_READ : PERMITS_WRITE;
            // Reference data and statistics: what anyone may read stays readable with any key.
            default -> read ? null : REFERENCE_DATA_WRITE;
        };
        return Optional.ofNullable(permission);
    }
}

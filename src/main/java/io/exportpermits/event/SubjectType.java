package io.exportpermits.event;

/** What an event is about, and where that resource lives. */
public enum SubjectType {
    PERMIT("permit", "/api/v1/permits/"),
    /** Named under its permit: {@code EP-2026-000123/documents/<id>}. */
    PERMIT_DOCUMENT("permit_document", "/api/v1/permits/"),
    EXPORTER("exporter", "/api/v1/exporters/"),
    IMPORTER("importer", "/api/v1/importers/"),
    PARTY("party", "/api/v1/parties/"),
    POLICY("policy", "/api/v1/policies/"),
    CONTROL_ENTRY("control_entry", "/api/v1/control-list/"),
    LISTED_PARTY("listed_party", "/api/v1/listed-parties/"),
    WEBHOOK_SUBSCRIPTION("webhook_subscription", "/api/v1/webhook-subscriptions/");

    public final String wireName;
    private final String path;

    SubjectType(String wireName, String path) {
        this.wireName = wireName;
        this.path = path;
    }

    public String href(String id) {
        return path + id;
    }

    /** The resource a subject is named under (its permit, for a document). */
    public String parentOf(String id) {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    public static SubjectType ofWireName(String wireName) {
        for (SubjectType type : values()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown subject type " + wireName);
    }
}

package io.exportpermits.common.security;

/** What an API key may do. Role names double as the Quarkus Security role names. */
public enum Role {
    /** A licensing officer of an issuing authority. */
    AUTHORITY,
    /** Acts for one exporter, on that exporter's data only. */
    EXPORTER,
    /** Acts for one party (consignee or end user): reads the permits that name it. */
    IMPORTER;

    public static final String AUTHORITY_NAME = "AUTHORITY";
    public static final String EXPORTER_NAME = "EXPORTER";
    public static final String IMPORTER_NAME = "IMPORTER";
}

package io.exportpermits.exporter;

public enum ExporterStatus {
    ACTIVE,
    /** May not apply for or ship against permits until an authority reactivates it. */
    SUSPENDED
}

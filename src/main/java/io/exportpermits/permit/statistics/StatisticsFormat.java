package io.exportpermits.permit.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer's format when a link, which cannot set Accept, asks for it. */
@Schema(name = "StatisticsFormat", description = "JSON or CSV; overrides the Accept header.")
public enum StatisticsFormat {
    JSON,
    CSV
}

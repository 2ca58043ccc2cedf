package io.exportpermits.permit.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a statistics table splits its period into rows. */
@Schema(name = "StatisticsGrouping", description = "MONTH or QUARTER (by the day each figure counts, see the "
        + "figures' definitions); ELEMENT or CONTROL_CODE (of the application's lines: an application with lines of "
        + "two elements counts once in each of their rows and once in the total, so rows may add up to more than the "
        + "total; lines naming none form a row whose group is absent); DESTINATION (country, ISO 3166-1 alpha-2); "
        + "LICENCE_TYPE (INDIVIDUAL or GENERAL).")
public enum StatisticsGrouping {
    MONTH,
    QUARTER,
    ELEMENT,
    CONTROL_CODE,
    DESTINATION,
    LICENCE_TYPE;

    /** Whether rows are spans of time, each with every day of the period in exactly one of them. */
    boolean byTime() {
        return this == MONTH || this == QUARTER;
    }
}

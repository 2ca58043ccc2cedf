package io.exportpermits.exporter;

import io.exportpermits.common.validation.CountryCode;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the exporter list; all optional, combined with AND. */
public class ExporterSearch {
    @QueryParam("name")
    @Size(min = 2, max = 300)
    @Parameter(description = "Part of the legal name, English or local script, case-insensitive.", example = "rare earth")
    public String name;

    @QueryParam("nationalIdentifier")
    @Size(max = 64)
    @Parameter(description = "The national identifier, exactly (spaces and hyphens ignored).", example = "91350100M000100Y43")
    public String nationalIdentifier;

    @QueryParam("country")
    @CountryCode
    @Parameter(description = "ISO 3166-1 alpha-2 country code.", example = "CN")
    public String country;

    @QueryParam("status")
    @Parameter(description = "ACTIVE or SUSPENDED.")
    public ExporterStatus status;
}

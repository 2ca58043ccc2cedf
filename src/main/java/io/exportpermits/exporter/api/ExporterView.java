package io.exportpermits.exporter.api;

import io.exportpermits.exporter.ExporterStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A registered exporter.")
public record ExporterView(
        @Schema(description = "Identifier.", required = true, examples = "0b0d6f1e-8a4c-4a53-a0a4-6f0e7d3c2b1a")
        UUID id,
        @Schema(description = "Registered legal name in English.", required = true,
                examples = "Fujian Acme Rare Earths Co., Ltd.")
        String legalName,
        @Schema(description = "Registered legal name in the local script.", examples = "福建艾克美稀土有限公司")
        String legalNameLocal,
        @Schema(description = "Country of registration, ISO 3166-1 alpha-2.", required = true, examples = "CN")
        String country,
        @Schema(description = "National company identifier, normalised.", required = true,
                examples = "91350100M000100Y43")
        String nationalIdentifier,
        @Schema(description = "Registered address.", required = true,
                examples = "No. 1 Rare Earth Road\nFuzhou, Fujian 350000")
        String address,
        @Schema(description = "Who the authority contacts about this exporter's applications.", required = true)
        Contact contact,
        @Schema(description = "ACTIVE or SUSPENDED.", required = true, examples = "ACTIVE")
        ExporterStatus status,
        @Schema(description = "Eligibility for general licences; absent if never granted.")
        GeneralLicenceEligibility generalLicenceEligibility,
        @Schema(description = "When the exporter was registered.", required = true, examples = "2026-11-26T09:30:00Z")
        Instant createdAt,
        @Schema(description = "When the exporter last changed.", required = true, examples = "2026-11-26T09:30:00Z")
        Instant updatedAt) {
}

package io.exportpermits.party;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a party names an importer: MATCHING_LEI (the party carries the verified importer's LEI), "
        + "EXPORTER_CONFIRMED (the exporter that added the party said so), AUTHORITY (an authority linked them).")
public enum ImporterLinkBasis { MATCHING_LEI, EXPORTER_CONFIRMED, AUTHORITY }

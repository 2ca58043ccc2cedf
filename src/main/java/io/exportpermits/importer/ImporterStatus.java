package io.exportpermits.importer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "PENDING: registered by the importer itself, its keys see nothing until an authority "
        + "verifies it. VERIFIED: its keys see every permit naming a party linked to it. REJECTED: the "
        + "registration was refused; its identifiers are free again.")
public enum ImporterStatus { PENDING, VERIFIED, REJECTED }

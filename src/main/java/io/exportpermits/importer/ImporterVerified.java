package io.exportpermits.importer;

import io.exportpermits.common.security.Caller;
import java.util.UUID;

/** Fired inside the verifying transaction, so that parties carrying the importer's LEI are linked with it. */
public record ImporterVerified(UUID importerId, String lei, Caller verifiedBy) {
}

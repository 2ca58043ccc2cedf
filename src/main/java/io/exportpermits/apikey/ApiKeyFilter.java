package io.exportpermits.apikey;

import io.exportpermits.common.security.Role;
import java.util.UUID;

record ApiKeyFilter(Role role, UUID exporterId, UUID partyId, UUID importerId, boolean includeRevoked) {
}

package io.exportpermits.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling and which tenant they are bound to. Every tenant rule of the API is answered here,
 * so that "may this caller see that?" has one implementation.
 */
public record Caller(String keyId, Role role, UUID exporterId, UUID partyId) {
    public static final String EXPORTER_ATTRIBUTE = "exporterId";
    public static final String PARTY_ATTRIBUTE = "partyId";
    public static final Caller ANONYMOUS = new Caller(null, null, null, null);

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        Role role = identity.getRoles().stream().map(Role::valueOf).findFirst().orElseThrow();
        return new Caller(identity.getPrincipal().getName(), role,
                identity.getAttribute(EXPORTER_ATTRIBUTE), identity.getAttribute(PARTY_ATTRIBUTE));
    }

    public boolean isAnonymous() {
        return role == null;
    }

    public boolean isAuthority() {
        return role == Role.AUTHORITY;
    }

    /** The exporter an EXPORTER key is bound to; empty for every other caller. */
    public Optional<UUID> ownExporter() {
        return role == Role.EXPORTER ? Optional.of(exporterId) : Optional.empty();
    }

    /** The party an IMPORTER key is bound to; empty for every other caller. */
    public Optional<UUID> ownParty() {
        return role == Role.IMPORTER ? Optional.of(partyId) : Optional.empty();
    }

    /** Authorities see every exporter; an exporter sees itself; nobody else sees any. */
    public boolean maySeeExporter(UUID exporter) {
        return isAuthority() || (role == Role.EXPORTER && exporterId.equals(exporter));
    }

    /** Authorities see every party; an exporter the parties it added; an importer its own party. */
    public boolean maySeeParty(UUID party, UUID addedByExporter) {
        return isAuthority()
                || (role == Role.EXPORTER && exporterId.equals(addedByExporter))
                || (role == Role.IMPORTER && partyId.equals(party));
    }
}

package io.exportpermits.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling and which tenant they are bound to. Every tenant rule of the API is answered here,
 * so that "may this caller see that?" has one implementation.
 *
 * <p>An IMPORTER key is bound either to one party (as keys were first made) or to an importer
 * organisation, which reads as every party linked to it while it is verified.
 */
public record Caller(String keyId, Role role, UUID exporterId, UUID partyId, ImporterScope importer,
                     Set<Permission> permissions, Instant keyExpiresAt) {
    public static final String ATTRIBUTE = Caller.class.getName();
    public static final Caller ANONYMOUS = new Caller(null, null, null, null, null, null, null);

    /** {@code permissions} null: a key without restrictions, which may do whatever its role may. */
    public Caller {
        permissions = permissions == null ? null : Set.copyOf(permissions);
    }

    /**
     * An importer organisation as its keys act for it: whether it is verified, and the ids it reads as (see
     * {@link #importerTenancy()}), made once per authentication rather than on every check.
     */
    public record ImporterScope(UUID id, boolean verified, Set<UUID> tenancy) {
        public static ImporterScope of(UUID id, boolean verified, Set<UUID> linkedParties) {
            Set<UUID> ids = new HashSet<>(verified ? linkedParties : Set.of());
            ids.add(id);
            return new ImporterScope(id, verified, Set.copyOf(ids));
        }
    }

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        return identity.getAttribute(ATTRIBUTE);
    }

    public boolean isAnonymous() {
        return role == null;
    }

    /** A restricted key: only its {@link #permissions()}. */
    public boolean isRestricted() {
        return permissions != null;
    }

    /** What the key may do within its role: its permissions, or all of them for a key without restrictions. */
    public Set<Permission> effectivePermissions() {
        return permissions != null ? permissions : EnumSet.allOf(Permission.class);
    }

    public boolean isAuthority() {
        return role == Role.AUTHORITY;
    }

    /** The exporter an EXPORTER key is bound to; empty for every other caller. */
    public Optional<UUID> ownExporter() {
        return role == Role.EXPORTER ? Optional.of(exporterId) : Optional.empty();
    }

    /** The party an IMPORTER key of the first kind is bound to; empty for every other caller. */
    public Optional<UUID> ownParty() {
        return role == Role.IMPORTER ? Optional.ofNullable(partyId) : Optional.empty();
    }

    /** The importer organisation an IMPORTER key is bound to; empty for every other caller. */
    public Optional<UUID> ownImporter() {
        return role == Role.IMPORTER && importer != null ? Optional.of(importer.id()) : Optional.empty();
    }

    /** An importer organisation's key before an authority has verified the organisation (or after it refused). */
    public boolean isUnverifiedImporter() {
        return importer != null && !importer.verified();
    }

    /**
     * The ids an importer reads as, matched against the parties a permit or event names: its party; or its
     * organisation (for what belongs to the organisation itself) and, once verified, every linked party.
     * Never empty for an importer, so that it can be used in a query's {@code in} list as it is.
     */
    public Set<UUID> importerTenancy() {
        if (role != Role.IMPORTER) {
            return Set.of();
        }
        return partyId != null ? Set.of(partyId) : importer.tenancy();
    }

    /** Authorities see every exporter; an exporter sees itself; nobody else sees any. */
    public boolean maySeeExporter(UUID exporter) {
        return isAuthority() || (role == Role.EXPORTER && exporterId.equals(exporter));
    }

    /** Authorities see every party; an exporter the parties it added; an importer its own or linked parties. */
    public boolean maySeeParty(UUID party, UUID addedByExporter) {
        return isAuthority()
                || (role == Role.EXPORTER && exporterId.equals(addedByExporter))
                || importerTenancy().contains(party);
    }
}

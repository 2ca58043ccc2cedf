package io.exportpermits.apikey;

import io.exportpermits.apikey.api.ApiKeyView;
import io.exportpermits.apikey.api.CreateApiKeyRequest;
import io.exportpermits.apikey.api.CreatedApiKey;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Permission;
import io.exportpermits.common.security.Role;
import io.exportpermits.exporter.ExporterRepository;
import io.exportpermits.importer.ImporterRepository;
import io.exportpermits.party.PartyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

@ApplicationScoped
@Transactional
public class ApiKeyService {
    private static final Logger LOG = Logger.getLogger(ApiKeyService.class);
    private static final Duration DEFAULT_ROTATION_OVERLAP = Duration.ofDays(1);
    private static final Duration MAX_ROTATION_OVERLAP = Duration.ofDays(7);

    private final ApiKeyRepository keys;
    private final ExporterRepository exporters;
    private final PartyRepository parties;
    private final ImporterRepository importers;
    private final SecretDigester digester;
    private final ApiKeyAuthenticator authenticator;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, ExporterRepository exporters, PartyRepository parties,
                  ImporterRepository importers, SecretDigester digester, ApiKeyAuthenticator authenticator, Clock clock) {
        this.importers = importers;
        this.keys = keys;
        this.exporters = exporters;
        this.parties = parties;
        this.digester = digester;
        this.authenticator = authenticator;
        this.clock = clock;
    }

    /** Any key for an authority; otherwise a key of the creator's own organisation, with the creator's role. */
    public CreatedApiKey create(CreateApiKeyRequest request, Caller creator) {
        if (!creator.isAuthority() && !sameOrganisation(creator, request.role(), request.exporterId(),
                request.partyId(), request.importerId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A key manages the keys of its own organisation, "
                    + "and none with more power than itself: this one may create " + creator.role() + " keys for "
                    + organisation(creator) + ".");
        }
        checkScope(request);
        return persisted(request, permissions(request, creator), creator.keyId());
    }

    /** The key a self-registered importer organisation starts with; no key created it. */
    public CreatedApiKey createFirstImporterKey(UUID importerId, String name) {
        return persisted(new CreateApiKeyRequest(name, Role.IMPORTER, null, null, importerId, null, null, null), null,
                null);
    }

    private CreatedApiKey persisted(CreateApiKeyRequest request, List<String> permissions, String creatorKeyId) {
        ApiKey key = new ApiKey();
        key.id = ApiKeySecrets.newKeyId();
        String secret = ApiKeySecrets.newSecret(key.id);
        key.name = request.name().strip();
        key.role = request.role();
        key.exporterId = request.exporterId();
        key.partyId = request.partyId();
        key.importerId = request.importerId();
        key.permissions = permissions;
        key.secretDigest = digester.digest(secret);
        key.createdAt = clock.instant();
        key.createdByKeyId = creatorKeyId;
        key.expiresAt = request.expiresAt();
        keys.persist(key);
        LOG.infof("API key %s%s (%s) created by key %s", ApiKeySecrets.PREFIX, key.id, key.role, creatorKeyId);
        return new CreatedApiKey(view(key), secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApiKeyView get(String id, Caller caller) {
        return view(find(id, caller));
    }

    /** An authority's list is filtered as asked; another key's is its own organisation's keys. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApiKeyView> list(ApiKeyFilter asked, PageRequest page, Caller caller) {
        ApiKeyFilter filter = asked;
        if (!caller.isAuthority()) {
            if (asked.role() != null && asked.role() != caller.role()
                    || asked.exporterId() != null && !asked.exporterId().equals(caller.exporterId())
                    || asked.partyId() != null && !asked.partyId().equals(caller.partyId())
                    || asked.importerId() != null && !asked.importerId().equals(caller.ownImporter().orElse(null))) {
                throw new ProblemException(ProblemType.FORBIDDEN, "This key lists the keys of its own organisation "
                        + "only: " + organisation(caller) + ".");
            }
            filter = new ApiKeyFilter(caller.role(), caller.exporterId(), caller.partyId(),
                    caller.ownImporter().orElse(null), asked.includeRevoked());
        }
        CreationOrder after = CreationOrder.after(page.cursor);
        List<ApiKeyView> fetched = keys.page(filter, after, page.limit + 1).stream()
                .map(this::view).toList();
        return Page.fromLookahead(fetched, page.limit, k -> CreationOrder.cursor(k.createdAt(), k.id()));
    }

    /**
     * A new secret for the same use: a key with the same name, role, organisation and expiry, while the
     * old one keeps working until {@code oldKeyExpiresAt} (a day from now if not given), so that the
     * software using it can switch without a gap.
     */
    public CreatedApiKey rotate(String id, Instant oldKeyExpiresAt, Caller caller) {
        ApiKey old = find(id, caller);
        Instant now = clock.instant();
        if (old.isRevoked() || old.isExpiredAt(now)) {
            throw new ProblemException(ProblemType.CONFLICT, "Key " + id + " is revoked or expired: create a new "
                    + "key instead.");
        }
        Instant until = oldKeyExpiresAt != null ? oldKeyExpiresAt : now.plus(DEFAULT_ROTATION_OVERLAP);
        if (until.isAfter(now.plus(MAX_ROTATION_OVERLAP))) {
            throw ProblemException.invalidField("oldKeyExpiresAt", "must be within 7 days: the old key is being "
                    + "replaced");
        }
        CreatedApiKey created = create(new CreateApiKeyRequest(old.name, old.role, old.exporterId, old.partyId,
                old.importerId, old.expiresAt, null, old.permissions), caller);
        old.expiresAt = old.expiresAt == null || until.isBefore(old.expiresAt) ? until : old.expiresAt;
        LOG.infof("API key %s%s rotated by key %s to %s; the old one works until %s", ApiKeySecrets.PREFIX, old.id,
                caller.keyId(), created.key().id(), old.expiresAt);
        return created;
    }

    /** Revoking twice is harmless: the first revocation time is kept. */
    public void revoke(String id, Caller revoker) {
        ApiKey key = find(id, revoker);
        if (key.revokedAt == null) {
            key.revokedAt = clock.instant();
            LOG.infof("API key %s%s revoked by key %s", ApiKeySecrets.PREFIX, key.id, revoker.keyId());
        }
        authenticator.forget(key.secretDigest);
    }

    /**
     * Creates the first AUTHORITY key from configuration, so a new installation can be administered
     * without touching the database. A bootstrap key that was revoked stays revoked.
     */
    public void bootstrap(String secret) {
        Instant now = clock.instant();
        if (keys.activeAuthorityKeyExists(now)) {
            return;
        }
        byte[] digest = digester.digest(secret);
        if (keys.findByDigest(digest).isPresent()) {
            LOG.warn("The configured bootstrap authority key was revoked or has expired; configure a new value "
                    + "to create another.");
            return;
        }
        ApiKey key = new ApiKey();
        key.id = ApiKeySecrets.newKeyId();
        key.name = "Bootstrap authority key (from configuration)";
        key.role = Role.AUTHORITY;
        key.secretDigest = digest;
        key.createdAt = now;
        keys.persist(key);
        LOG.infof("Created bootstrap AUTHORITY key %s%s from configuration", ApiKeySecrets.PREFIX, key.id);
    }

    private void checkScope(CreateApiKeyRequest request) {
        List<FieldError> errors = new ArrayList<>();
        switch (request.role()) {
            case AUTHORITY -> {
                if (request.exporterId() != null) {
                    errors.add(new FieldError("exporterId", "must be absent for an AUTHORITY key"));
                }
                if (request.partyId() != null) {
                    errors.add(new FieldError("partyId", "must be absent for an AUTHORITY key"));
                }
                if (request.importerId() != null) {
                    errors.add(new FieldError("importerId", "must be absent for an AUTHORITY key"));
                }
            }
            case EXPORTER -> {
                if (request.exporterId() == null) {
                    errors.add(new FieldError("exporterId", "is required for an EXPORTER key"));
                } else if (exporters.findByIdOptional(request.exporterId()).isEmpty()) {
                    errors.add(new FieldError("exporterId", "names no exporter"));
                }
                if (request.partyId() != null) {
                    errors.add(new FieldError("partyId", "must be absent for an EXPORTER key"));
                }
                if (request.importerId() != null) {
                    errors.add(new FieldError("importerId", "must be absent for an EXPORTER key"));
                }
            }
            case IMPORTER -> {
                if ((request.partyId() == null) == (request.importerId() == null)) {
                    errors.add(new FieldError("importerId", "or else partyId is required for an IMPORTER key, not both"));
                } else if (request.partyId() != null && parties.findByIdOptional(request.partyId()).isEmpty()) {
                    errors.add(new FieldError("partyId", "names no party"));
                } else if (request.importerId() != null && importers.findByIdOptional(request.importerId()).isEmpty()) {
                    errors.add(new FieldError("importerId", "names no importer"));
                }
                if (request.exporterId() != null) {
                    errors.add(new FieldError("exporterId", "must be absent for an IMPORTER key"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /**
     * The wire names a new key is restricted to (null: none; an empty list too, as generated clients send one
     * for a list left unset), checked to be permissions the creator has:
     * a restricted key never makes a key with a permission it lacks, nor one without restrictions.
     */
    private static List<String> permissions(CreateApiKeyRequest request, Caller creator) {
        Set<Permission> asked = null;
        if (Boolean.TRUE.equals(request.readOnly())) {
            if (request.permissions() != null && !request.permissions().isEmpty()) {
                throw ProblemException.invalidField("permissions", "must be absent when readOnly is true, which "
                        + "already names the permissions");
            }
            asked = Permission.reads();
        } else if (request.permissions() != null && !request.permissions().isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            asked = EnumSet.noneOf(Permission.class);
            for (int i = 0; i < request.permissions().size(); i++) {
                String name = request.permissions().get(i);
                Optional<Permission> permission = Permission.ofWireName(name);
                permission.ifPresent(asked::add);
                if (permission.isEmpty()) {
                    errors.add(new FieldError("permissions[" + i + "]", "'" + name + "' is no permission; they are "
                            + Permission.LIST));
                }
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
        }
        if (creator.isRestricted()) {
            if (asked == null) {
                throw new ProblemException(ProblemType.FORBIDDEN, "This key is restricted, so the keys it creates "
                        + "must be restricted too, to permissions it has: " + names(creator.permissions()) + ".");
            }
            Set<Permission> missing = EnumSet.copyOf(asked);
            missing.removeAll(creator.permissions());
            if (!missing.isEmpty()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "This key lacks " + names(missing)
                        + ", so it cannot give them to another key.");
            }
        }
        return asked == null ? null : asked.stream().map(p -> p.wireName).toList();
    }

    private static String names(Set<Permission> permissions) {
        return permissions.stream().map(p -> p.wireName).collect(Collectors.joining(", "));
    }

    /** Another organisation's key answers exactly like a missing one. */
    private ApiKey find(String id, Caller caller) {
        return keys.findByIdOptional(id)
                .filter(key -> caller.isAuthority() || caller.keyId().equals(key.id)
                        || sameOrganisation(caller, key.role, key.exporterId, key.partyId, key.importerId))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No API key has id " + id + "."));
    }

    private static boolean sameOrganisation(Caller caller, Role role, UUID exporterId, UUID partyId, UUID importerId) {
        return role == caller.role() && Objects.equals(exporterId, caller.exporterId())
                && Objects.equals(partyId, caller.partyId())
                && Objects.equals(importerId, caller.ownImporter().orElse(null));
    }

    private static String organisation(Caller caller) {
        return caller.exporterId() != null ? "exporter " + caller.exporterId()
                : caller.partyId() != null ? "party " + caller.partyId() : "importer " + caller.importer().id();
    }

    private ApiKeyView view(ApiKey key) {
        Instant now = clock.instant();
        ApiKeyView.KeyStatus status = key.isRevoked() ? ApiKeyView.KeyStatus.REVOKED
                : key.isExpiredAt(now) ? ApiKeyView.KeyStatus.EXPIRED : ApiKeyView.KeyStatus.ACTIVE;
        return new ApiKeyView(key.id, ApiKeySecrets.PREFIX + key.id, key.name, key.role, key.permissions,
                key.exporterId, key.partyId,
                key.importerId, status, key.createdAt, key.createdByKeyId, key.expiresAt, key.revokedAt, key.lastUsedAt);
    }
}

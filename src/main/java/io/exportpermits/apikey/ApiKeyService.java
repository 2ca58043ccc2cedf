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
import io.exportpermits.common.security.Role;
import io.exportpermits.exporter.ExporterRepository;
import io.exportpermits.party.PartyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

@ApplicationScoped
@Transactional
public class ApiKeyService {
    private static final Logger LOG = Logger.getLogger(ApiKeyService.class);

    private final ApiKeyRepository keys;
    private final ExporterRepository exporters;
    private final PartyRepository parties;
    private final SecretDigester digester;
    private final ApiKeyAuthenticator authenticator;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, ExporterRepository exporters, PartyRepository parties,
                  SecretDigester digester, ApiKeyAuthenticator authenticator, Clock clock) {
        this.keys = keys;
        this.exporters = exporters;
        this.parties = parties;
        this.digester = digester;
        this.authenticator = authenticator;
        this.clock = clock;
    }

    public CreatedApiKey create(CreateApiKeyRequest request, Caller creator) {
        checkScope(request);
        ApiKey key = new ApiKey();
        key.id = ApiKeySecrets.newKeyId();
        String secret = ApiKeySecrets.newSecret(key.id);
        key.name = request.name().strip();
        key.role = request.role();
        key.exporterId = request.exporterId();
        key.partyId = request.partyId();
        key.secretDigest = digester.digest(secret);
        key.createdAt = clock.instant();
        key.createdByKeyId = creator.keyId();
        key.expiresAt = request.expiresAt();
        keys.persist(key);
        LOG.infof("API key %s%s (%s) created by key %s", ApiKeySecrets.PREFIX, key.id, key.role, creator.keyId());
        return new CreatedApiKey(view(key), secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApiKeyView get(String id) {
        return view(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApiKeyView> list(ApiKeyFilter filter, PageRequest page) {
        CreationOrder after = CreationOrder.after(page.cursor);
        List<ApiKeyView> fetched = keys.page(filter, after, page.limit + 1).stream()
                .map(this::view).toList();
        return Page.fromLookahead(fetched, page.limit, k -> CreationOrder.cursor(k.createdAt(), k.id()));
    }

    /** Revoking twice is harmless: the first revocation time is kept. */
    public void revoke(String id, Caller revoker) {
        ApiKey key = find(id);
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
            }
            case IMPORTER -> {
                if (request.partyId() == null) {
                    errors.add(new FieldError("partyId", "is required for an IMPORTER key"));
                } else if (parties.findByIdOptional(request.partyId()).isEmpty()) {
                    errors.add(new FieldError("partyId", "names no party"));
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

    private ApiKey find(String id) {
        return keys.findByIdOptional(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No API key has id " + id + "."));
    }

    private ApiKeyView view(ApiKey key) {
        Instant now = clock.instant();
        ApiKeyView.KeyStatus status = key.isRevoked() ? ApiKeyView.KeyStatus.REVOKED
                : key.isExpiredAt(now) ? ApiKeyView.KeyStatus.EXPIRED : ApiKeyView.KeyStatus.ACTIVE;
        return new ApiKeyView(key.id, ApiKeySecrets.PREFIX + key.id, key.name, key.role, key.exporterId, key.partyId,
                status, key.createdAt, key.createdByKeyId, key.expiresAt, key.revokedAt, key.lastUsedAt);
    }
}

package io.exportpermits.apikey;

import io.exportpermits.common.http.Idempotent;
import io.exportpermits.apikey.api.ApiKeyView;
import io.exportpermits.apikey.api.CreateApiKeyRequest;
import io.exportpermits.apikey.api.CreatedApiKey;
import io.exportpermits.apikey.api.RotateApiKeyRequest;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.paging.PageResponses;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.OpenToUnverifiedImporters;
import io.exportpermits.common.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/api-keys")
@Tag(name = "API keys")
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {
    private static final String KEY_ID = "[a-z2-9]{12}";

    private final ApiKeyService keys;
    private final SecurityIdentity identity;

    ApiKeyResource(ApiKeyService keys, SecurityIdentity identity) {
        this.keys = keys;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @OpenToUnverifiedImporters
    @Idempotent
    @Operation(operationId = "createApiKey", summary = "Create an API key",
            description = "An AUTHORITY creates any key; an EXPORTER or IMPORTER key creates keys of its own "
                    + "organisation with its own role (403 otherwise, naming what it may create), so that an "
                    + "exporter's first key can make its second. The response carries the secret, once: only a hash "
                    + "of it is stored.")
    @APIResponse(responseCode = "403", description = "A key of another organisation, or with more power.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CreatedApiKey.class)),
            description = "Created; store `secret` now.",
            headers = @Header(name = "Location", description = "Address of the new key (without its secret)."))
    public RestResponse<CreatedApiKey> create(@NotNull @Valid CreateApiKeyRequest request) {
        CreatedApiKey created = keys.create(request, Caller.of(identity));
        return RestResponse.ResponseBuilder.<CreatedApiKey>created(URI.create("/api/v1/api-keys/" + created.key().id()))
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @OpenToUnverifiedImporters
    @Operation(operationId = "listApiKeys", summary = "List API keys",
            description = "Active and expired keys; revoked ones too with `includeRevoked=true`. An AUTHORITY sees "
                    + "every key; another key the keys of its own organisation (a filter naming another is a 403).")
    @APIResponse(responseCode = "200", description = "A page of keys, without secrets.")
    public RestResponse<Page<ApiKeyView>> list(
            @Parameter(description = "Only keys of this role.") @QueryParam("role") Role role,
            @Parameter(description = "Only keys bound to this exporter.") @QueryParam("exporterId") UUID exporterId,
            @Parameter(description = "Only keys bound to this party.") @QueryParam("partyId") UUID partyId,
            @Parameter(description = "Only keys of this importer organisation.") @QueryParam("importerId")
            UUID importerId,
            @Parameter(description = "Include revoked keys.") @QueryParam("includeRevoked") @DefaultValue("false")
            boolean includeRevoked,
            @Valid @BeanParam PageRequest page, UriInfo uri) {
        return PageResponses.ok(keys.list(new ApiKeyFilter(role, exporterId, partyId, importerId, includeRevoked), page,
                Caller.of(identity)), uri);
    }

    @GET
    @Path("/current")
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @OpenToUnverifiedImporters
    @Operation(operationId = "getCurrentApiKey", summary = "The key you are calling with",
            description = "Any key: its role and the exporter, importer or party it acts for. A quick check that a key works.")
    @APIResponse(responseCode = "200", description = "Your key, without its secret.")
    public ApiKeyView current() {
        Caller caller = Caller.of(identity);
        return keys.get(caller.keyId(), caller);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @OpenToUnverifiedImporters
    @Operation(operationId = "getApiKey", summary = "Get an API key",
            description = "An AUTHORITY any key, another key those of its own organisation; never the secret.")
    @APIResponse(responseCode = "200", description = "The key.")
    @APIResponse(responseCode = "404", description = "No such key, or another organisation's.")
    public ApiKeyView get(@PathParam("id") @Pattern(regexp = KEY_ID) String id) {
        return keys.get(id, Caller.of(identity));
    }

    @POST
    @Path("/{id}/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @OpenToUnverifiedImporters
    @Idempotent
    @Operation(operationId = "rotateApiKey", summary = "Rotate an API key: a new secret, the old one for a while",
            description = "A new key with the same name, role, organisation and expiry, and its secret, once. The old "
                    + "key keeps working until `oldKeyExpiresAt` (a day from now unless given, at most 7 days), so the "
                    + "software using it can switch without a gap; revoke it sooner if it leaked.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CreatedApiKey.class)),
            description = "The new key; store `secret` now.",
            headers = @Header(name = "Location", description = "Address of the new key (without its secret)."))
    @APIResponse(responseCode = "404", description = "No such key, or another organisation's.")
    @APIResponse(responseCode = "409", description = "The key is revoked or expired.")
    public RestResponse<CreatedApiKey> rotate(@PathParam("id") @Pattern(regexp = KEY_ID) String id,
                                              @Valid RotateApiKeyRequest request) {
        CreatedApiKey created = keys.rotate(id, request == null ? null : request.oldKeyExpiresAt(),
                Caller.of(identity));
        return RestResponse.ResponseBuilder.<CreatedApiKey>created(URI.create("/api/v1/api-keys/" + created.key().id()))
                .entity(created).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @OpenToUnverifiedImporters
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
            description = "An AUTHORITY any key, another key those of its own organisation (itself included). "
                    + "Refused at once by this instance and within one second by every other instance. Revoking a "
                    + "revoked key changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", description = "No such key, or another organisation's.")
    public void revoke(@PathParam("id") @Pattern(regexp = KEY_ID) String id) {
        keys.revoke(id, Caller.of(identity));
    }
}

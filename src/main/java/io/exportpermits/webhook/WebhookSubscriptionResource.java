package io.exportpermits.webhook;

import io.exportpermits.common.http.Idempotent;
import io.exportpermits.common.http.Responses;
import io.exportpermits.common.http.Versioned;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.paging.PageResponses;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.event.EventType;
import io.exportpermits.webhook.api.CreatedWebhookSubscription;
import io.exportpermits.webhook.api.WebhookDeliveryView;
import io.exportpermits.webhook.api.WebhookSubscriptionRequest;
import io.exportpermits.webhook.api.WebhookSubscriptionUpdate;
import io.exportpermits.webhook.api.WebhookSubscriptionView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/webhook-subscriptions")
@Tag(name = "Webhooks")
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
public class WebhookSubscriptionResource {
    static final String DELIVERY = "Each event is POSTed as JSON (the same document as in `GET /events`) with the "
            + "Standard Webhooks headers `webhook-id` (the event id: the same on every retry), `webhook-timestamp` "
            + "(Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 over `id.timestamp.body` with the "
            + "secret). Any 2xx within 10 s is success; anything else is retried with exponential backoff and "
            + "jitter, up to 8 attempts. A subscription's events arrive in feed order: a retrying delivery holds "
            + "back later ones. After 20 failed attempts in a row the subscription is disabled and a "
            + "`webhook_subscription.disabled` event says so. Subscriptions belong to your tenant (exporter, "
            + "importer, or the authority), not to your key.";

    private final WebhookService webhooks;
    private final SecurityIdentity identity;

    WebhookSubscriptionResource(WebhookService webhooks, SecurityIdentity identity) {
        this.webhooks = webhooks;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe to events by webhook",
            description = "Events you may see, optionally only some types (" + EventType.LIST + ") or some "
                    + "permits, are POSTed to your URL. The answer holds the signing secret: store it, it is never "
                    + "shown again. " + DELIVERY)
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CreatedWebhookSubscription.class)),
            description = "Subscribed.",
            headers = @Header(name = "Location", description = "Address of the subscription."))
    public RestResponse<CreatedWebhookSubscription> create(@NotNull @Valid WebhookSubscriptionRequest request) {
        CreatedWebhookSubscription created = webhooks.create(request, Caller.of(identity));
        return RestResponse.ResponseBuilder.<CreatedWebhookSubscription>created(
                URI.create("/api/v1/webhook-subscriptions/" + created.subscription().id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "List your tenant's webhook subscriptions",
            description = "The subscriptions of your key's tenant: all authorities together, your exporter, or your "
                    + "party. Any key of the tenant sees them; secrets are never shown again.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions, oldest first.")
    public RestResponse<Page<WebhookSubscriptionView>> list(@Valid @BeanParam PageRequest page, UriInfo uri) {
        return PageResponses.ok(webhooks.list(page, Caller.of(identity)), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "Get a webhook subscription",
            description = "One subscription of your tenant: its URL, event types and permit numbers, whether it is "
                    + "enabled, and why it was disabled if it was.")
    @APIResponse(responseCode = "200", description = "The subscription.",
            headers = @Header(name = "ETag", description = "Send it as If-Match when you change it."))
    @APIResponse(responseCode = "404", description = "No such subscription of your tenant.")
    public RestResponse<WebhookSubscriptionView> get(@PathParam("id") UUID id) {
        return Responses.ok(webhooks.get(id, Caller.of(identity)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhookSubscription", summary = "Change or re-enable a webhook subscription",
            description = "Only the fields present change. `enabled: true` re-enables a disabled subscription and "
                    + "resets its failure count; events from while it was disabled are not sent (read them from "
                    + "`GET /events`).")
    @APIResponse(responseCode = "200", description = "The subscription as changed.",
            headers = @Header(name = "ETag", description = "The new tag."))
    @APIResponse(responseCode = "404", description = "No such subscription of your tenant.")
    @APIResponse(responseCode = "412", description = "It changed since you read it (If-Match).")
    public RestResponse<WebhookSubscriptionView> update(@PathParam("id") UUID id,
            @Parameter(description = "ETag you read; optional.") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid WebhookSubscriptionUpdate update) {
        Versioned<WebhookSubscriptionView> updated = webhooks.update(id, update, ifMatch, Caller.of(identity));
        return Responses.ok(updated);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Unsubscribe",
            description = "Stops deliveries at once; the delivery log goes with the subscription.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such subscription of your tenant.")
    public void delete(@PathParam("id") UUID id) {
        webhooks.delete(id, Caller.of(identity));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A subscription's delivery log, newest first",
            description = "Each delivery with its state and every attempt: when, how long, the receiver's status.")
    @APIResponse(responseCode = "200", description = "A page of deliveries.")
    @APIResponse(responseCode = "404", description = "No such subscription of your tenant.")
    public RestResponse<Page<WebhookDeliveryView>> deliveries(@PathParam("id") UUID id,
                                                             @Valid @BeanParam PageRequest page, UriInfo uri) {
        return PageResponses.ok(webhooks.deliveries(id, page, Caller.of(identity)), uri);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Idempotent
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery's event again",
            description = "Queues a new delivery of the same event, with the same `webhook-id`, ahead of later "
                    + "events. Useful after fixing a receiver that made a delivery give up.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = WebhookDeliveryView.class)),
            description = "Queued.")
    @APIResponse(responseCode = "404", description = "No such subscription of your tenant, or no such delivery.")
    @APIResponse(responseCode = "409", description = "The subscription is disabled.")
    public RestResponse<WebhookDeliveryView> redeliver(@PathParam("id") UUID id,
                                                      @PathParam("deliveryId") UUID deliveryId) {
        return RestResponse.ResponseBuilder.<WebhookDeliveryView>create(RestResponse.Status.ACCEPTED)
                .entity(webhooks.redeliver(id, deliveryId, Caller.of(identity))).build();
    }
}

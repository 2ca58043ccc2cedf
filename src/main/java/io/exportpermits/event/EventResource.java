package io.exportpermits.event;

import io.exportpermits.common.http.PollInterval;
import io.exportpermits.common.problem.Problem;
import io.exportpermits.common.problem.ProblemResponses;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.event.api.EventPage;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/events")
@Tag(name = "Events")
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    private final EventService events;
    private final PollInterval pollInterval;
    private final SecurityIdentity identity;

    EventResource(EventService events, PollInterval pollInterval, SecurityIdentity identity) {
        this.events = events;
        this.pollInterval = pollInterval;
        this.identity = identity;
    }

    @GET
    @Blocking
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @Operation(operationId = "listEvents", summary = "Read the event feed",
            description = "Every change to a permit, an exporter, an importer, a party, a policy or a control entry, in "
                    + "feed order, restricted to what your key may see (an importer: the permits naming its parties, "
                    + "and policies). "
                    + "Start without `after`, then always pass the `next` of the previous answer: resuming from it "
                    + "you never miss an event and never see one twice, even when changes commit out of order. "
                    + "With `wait`, an answer that would be empty is held until a new event you may see commits, "
                    + "or `wait` seconds pass. Events are delivered at least once by webhooks too.")
    @APIResponse(responseCode = "200", description = "Events after your cursor (possibly none) and the next cursor.",
            headers = @Header(name = PollInterval.HEADER, description = "Seconds to wait before polling again "
                    + "without `wait`; rises when the service is busy."))
    @APIResponse(responseCode = "410", description = "Your cursor is older than the events kept (events are deleted "
            + "after `export-permits.events.retention`, 400 days by default): read the resources you follow again, "
            + "then the feed without `after`.", content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<EventPage>> list(
            @Parameter(description = "The `next` of your previous answer. Absent: from the oldest event.")
            @QueryParam("after") @Size(max = 200) String after,
            @Parameter(description = "Only these event types, comma-separated. Known: " + EventType.LIST + ".",
                    example = "permit.approved,permit.revoked", schema = @Schema(type = SchemaType.STRING, maxLength = 2000))
            @QueryParam("types") List<String> types,
            @Parameter(description = "Most events to return (1-200).")
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Parameter(description = "Seconds (0-30) to hold an empty answer open for new events (long poll).")
            @QueryParam("wait") @DefaultValue("0") @Min(0) @Max(30) int wait) {
        return events.read(Caller.of(identity), after, types, limit, wait)
                .map(page -> RestResponse.ResponseBuilder.ok(page)
                        .header(PollInterval.HEADER, pollInterval.seconds())
                        .header("Cache-Control", "private, no-store").build());
    }
}

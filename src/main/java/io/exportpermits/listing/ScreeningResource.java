package io.exportpermits.listing;

import io.exportpermits.listing.api.Screening;
import io.exportpermits.listing.api.ScreeningRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/party-screenings")
@Tag(name = "Listed parties")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScreeningResource {
    private final ScreeningService screenings;

    ScreeningResource(ScreeningService screenings) {
        this.screenings = screenings;
    }

    @POST
    @Operation(operationId = "screenParties", summary = "Is this buyer listed?",
            description = "Public. Screens 1 to 100 names against MOFCOM's export control list and watch list as they "
                    + "stood on `asOf`. Names are compared after folding case, width, accents and traditional "
                    + "characters, without punctuation or legal forms (Inc., Co., Ltd., GmbH, a.s., UAB, 株式会社, "
                    + "有限公司, ...), in any word order and with a typo or two; words many companies share "
                    + "(\"Industries\", \"Technologies\") count little. Each candidate says which listed name matched, "
                    + "in which form, its score, and the listing's standing that day. NO_MATCH is not a clearance: the "
                    + "answer names the lists consulted and when they were last verified. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The screening.")
    public Screening screen(@NotNull @Valid ScreeningRequest request) {
        return screenings.screen(request);
    }
}

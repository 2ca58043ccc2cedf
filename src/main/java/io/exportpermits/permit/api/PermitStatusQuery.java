package io.exportpermits.permit.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Up to 1,000 permits whose status you want, each with the ETag of the status you hold.",
        examples = """
                {"permits": [{"number": "EP-2026-000042", "etag": "\\"Hx2c0Yq1u8bC2m0dVwq3gQ\\""},
                             {"number": "EP-2026-000043"}]}""")
public record PermitStatusQuery(
        @Schema(description = "The permits to check, each with the ETag you hold, if any.", required = true)
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid Item> permits) {

    @Schema(name = "PermitStatusQueryItem")
    public record Item(
            @Schema(description = "A permit number.", required = true, examples = "EP-2026-000042")
            @NotNull @Pattern(regexp = "EP-[0-9]{4}-[0-9]{6,}") String number,
            @Schema(description = "ETag of the status you hold: answered NOT_MODIFIED, without the status, while "
                    + "it is current.", examples = "\"Hx2c0Yq1u8bC2m0dVwq3gQ\"")
            @Size(max = 100) String etag) {
    }
}

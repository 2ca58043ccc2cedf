package io.exportpermits.exporter.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who to contact about the exporter's permits.")
public record Contact(
        @Schema(description = "Name of the person or desk.", required = true, maxLength = 200, examples = "Li Wei, export compliance")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "E-mail address.", required = true, format = "email", maxLength = 320,
                examples = "compliance@acme-rare-earths.example")
        @NotBlank @Email @Size(max = 320) String email,
        @Schema(description = "Telephone number in international form.", pattern = "^\\+?[0-9 ()-]{5,50}$",
                examples = "+86 591 8765 4321")
        @Pattern(regexp = "\\+?[0-9 ()-]{5,50}") String phone) {
}

package io.exportpermits.permit.api;

import io.exportpermits.common.validation.CountryCode;
import io.exportpermits.common.validation.LegalEntityIdentifier;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A party by `id`, or a new one given inline by `name` and `country` (added to your parties).")
@PartyReference.ByIdOrInline
public record PartyReference(
        @Schema(description = "An existing party you can see.", examples = "5f6a3c2e-1b7d-4e9f-8a6b-2c3d4e5f6a7b") UUID id,
        @Schema(description = "Legal name of a new party.", maxLength = 300, examples = "Magnetics Inc.")
        @Size(min = 1, max = 300) String name,
        @Schema(description = "Country of a new party.", pattern = "^[A-Z]{2}$", examples = "US") @CountryCode String country,
        @Schema(description = "Identifier of a new party.", maxLength = 64) @Size(max = 64) String identifier,
        @Schema(description = "LEI of a new party (ISO 17442): if a verified importer organisation has it, the party "
                + "is linked to it and the importer sees the permit.", pattern = LegalEntityIdentifier.PATTERN,
                examples = "984500E0XAMPLE0M4G35")
        @LegalEntityIdentifier String lei) {

    public boolean inline() {
        return id == null;
    }

    /** Either an id, or a name and a country: not both, not neither. */
    @Constraint(validatedBy = ByIdOrInlineValidator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface ByIdOrInline {
        String message() default "give either id, or name and country";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class ByIdOrInlineValidator implements ConstraintValidator<ByIdOrInline, PartyReference> {
        @Override
        public boolean isValid(PartyReference p, ConstraintValidatorContext context) {
            return p == null || (p.id() != null ? p.name() == null && p.country() == null && p.lei() == null
                    : p.name() != null && p.country() != null);
        }
    }
}

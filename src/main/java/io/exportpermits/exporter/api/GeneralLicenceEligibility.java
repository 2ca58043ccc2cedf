package io.exportpermits.exporter.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The period in which the exporter may apply for and hold general licences, both days included.")
@GeneralLicenceEligibility.Ordered
public record GeneralLicenceEligibility(
        @Schema(description = "First eligible day.", required = true, examples = "2025-12-18")
        @NotNull LocalDate from,
        @Schema(description = "Last eligible day; open-ended if absent.", examples = "2026-12-17")
        LocalDate until) {

    /** `until` must not come before `from`; reported on `until`, where the client has to fix it. */
    @Constraint(validatedBy = OrderedValidator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Ordered {
        String message() default "must not be before from";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class OrderedValidator implements ConstraintValidator<Ordered, GeneralLicenceEligibility> {
        @Override
        public boolean isValid(GeneralLicenceEligibility period, ConstraintValidatorContext context) {
            if (period == null || period.from() == null || period.until() == null || !period.until().isBefore(period.from())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("until").addConstraintViolation();
            return false;
        }
    }
}

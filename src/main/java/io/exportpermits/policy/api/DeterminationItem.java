package io.exportpermits.policy.api;

import io.exportpermits.common.validation.ChemicalSymbol;
import io.exportpermits.common.validation.CurrencyCode;
import io.exportpermits.common.validation.UnitCode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@DeterminationItem.Named
@Schema(description = "One item: name it by control code, HS code, or element and form (for a buyer who knows "
        + "\"holmium oxide\" but not its code). At least one of the three is required.")
public record DeterminationItem(
        @Schema(description = "Export-control code.", maxLength = 32, examples = "1C902.b")
        @Size(max = 32) @Pattern(regexp = "[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*") String controlCode,
        @Schema(description = "China tariff HS code, 4 to 10 digits.", pattern = "^[0-9]{4,10}$", examples = "2846901940")
        @Pattern(regexp = "[0-9]{4,10}") String hsCode,
        @Schema(description = "Chemical symbol of the controlled element.", examples = "Ho")
        @ChemicalSymbol String element,
        @Schema(description = "Form of the item.", examples = "OXIDE")
        ItemForm form,
        @Schema(description = "What the item is, in words.", maxLength = 500, examples = "Holmium oxide, 99.9 %")
        @Size(max = 500) String description,
        @Schema(description = "Quantity, exact decimal.", examples = "250.5")
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 6) BigDecimal quantity,
        @Schema(description = "UN/ECE Recommendation 20 unit code.", pattern = "^[A-Z0-9]{2,3}$", examples = "KGM")
        @UnitCode String unit,
        @Schema(description = "Value, exact decimal.", examples = "12500.00")
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal value,
        @Schema(description = "ISO 4217 currency of `value`.", pattern = "^[A-Z]{3}$", examples = "USD")
        @CurrencyCode String currency,
        @Schema(description = "Made outside China with Chinese-origin controlled content (Announcement No. 61 of 2025).")
        Boolean foreignMade,
        @Schema(description = "For foreign-made items: share by value of Chinese-origin controlled rare earths, in percent.",
                examples = "0.5")
        @DecimalMin("0") @DecimalMax("100") BigDecimal controlledContentPercent) {

    /** An item must be named somehow; reported on the item, which is where the client has to add a name. */
    @Constraint(validatedBy = NamedValidator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Named {
        String message() default "name the item by controlCode, hsCode, element or form";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class NamedValidator implements ConstraintValidator<Named, DeterminationItem> {
        @Override
        public boolean isValid(DeterminationItem item, ConstraintValidatorContext context) {
            return item == null || item.controlCode() != null || item.hsCode() != null || item.element() != null
                    || item.form() != null;
        }
    }
}

package io.exportpermits.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * A UN/ECE Recommendation 20 unit code, from the part of the code list that controlled goods are
 * measured in (mass, count, volume, length, area, energy). Extend the set when an item needs another.
 */
@Documented
@Constraint(validatedBy = UnitCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnitCode {
    String message() default "must be a UN/ECE Recommendation 20 unit code such as KGM, GRM, TNE or NAR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<UnitCode, String> {
        /** Kilogram, gram, milligram, tonne, pound, ounce; number of articles, unit, piece, set, pair;
         * litre, millilitre, cubic metre; metre, square metre; kilowatt hour, watt hour. */
        static final Set<String> CODES = Set.of("KGM", "GRM", "MGM", "TNE", "LBR", "ONZ", "NAR", "C62", "H87", "SET",
                "PR", "LTR", "MLT", "MTQ", "MTR", "MTK", "KWH", "WHR");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CODES.contains(value);
        }
    }
}

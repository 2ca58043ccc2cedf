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
import java.util.Optional;

/**
 * A Legal Entity Identifier (ISO 17442): 18 upper-case letters and digits, then two check digits that make
 * the whole code, read with A = 10 ... Z = 35, leave 1 modulo 97 (ISO 7064 MOD 97-10). The message names
 * what is wrong, down to the check digits the first 18 characters need, because a typo is the usual cause.
 */
@Documented
@Constraint(validatedBy = LegalEntityIdentifier.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LegalEntityIdentifier {
    String message() default "must be a 20-character LEI (ISO 17442)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    String PATTERN = "^[0-9A-Z]{18}[0-9]{2}$";

    class Validator implements ConstraintValidator<LegalEntityIdentifier, String> {
        /** Why a value is not an LEI, or empty when it is one. */
        public static Optional<String> problem(String lei) {
            if (!lei.matches(PATTERN)) {
                return Optional.of("must be a 20-character LEI (ISO 17442): 18 upper-case letters or digits, then two "
                        + "check digits");
            }
            String expected = checkDigits(lei.substring(0, 18));
            if (!lei.endsWith(expected)) {
                return Optional.of("has wrong check digits: an LEI starting " + lei.substring(0, 18) + " ends in "
                        + expected + " (ISO 7064 MOD 97-10)");
            }
            return Optional.empty();
        }

        /** The two check digits that complete the first 18 characters of an LEI. */
        public static String checkDigits(String first18) {
            int remainder = 0;
            for (char c : (first18 + "00").toCharArray()) {
                int value = Character.digit(c, 36);
                remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
            }
            return String.format("%02d", 98 - remainder);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Optional<String> problem = problem(value);
            problem.ifPresent(message -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("$", "\\$"))
                        .addConstraintViolation();
            });
            return problem.isEmpty();
        }
    }
}

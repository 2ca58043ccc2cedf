package io.exportpermits.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A UN/ECE Recommendation 20 unit code, from the list in {@code codelists/unece-rec20-units.txt}. */
@Documented
@Constraint(validatedBy = UnitCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnitCode {
    String message() default "must be a UN/ECE Recommendation 20 unit code such as KGM, GRM, TNE or NAR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<UnitCode, String> {
        private static final Set<String> CODES = load();

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CODES.contains(value);
        }

        private static Set<String> load() {
            var list = Validator.class.getClassLoader().getResourceAsStream("codelists/unece-rec20-units.txt");
            try (var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(list,
                    "codelists/unece-rec20-units.txt is part of the application"), StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package io.exportpermits.common.validation;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * {@code @NotBlank} as the OpenAPI document states it (pattern {@code \S}, JSON Schema's ECMA-262 regex):
 * a value of only Unicode spaces, no-break spaces or byte-order marks is blank. Hibernate Validator's own
 * check trims only characters up to U+0020, so a name of non-breaking spaces would pass it.
 */
@ApplicationScoped
public class UnicodeBlankness implements ValidatorFactoryCustomizer {
    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false).validatedBy(Check.class);
        configuration.addMapping(mapping);
    }

    public static class Check implements ConstraintValidator<NotBlank, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value != null && value.codePoints().anyMatch(c -> !blank(c)); // null is blank too
        }

        private static boolean blank(int c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff';
        }
    }
}

package io.exportpermits.common.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation open to guessing (anonymous verification by check code): it draws on the
 * strict per-address allowance, `export-permits.rate-limit.strict-per-minute`, key or no key.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface StrictRateLimit {
}

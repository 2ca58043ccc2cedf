package io.exportpermits.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Retires an operation under the versioning policy: put it beside {@link Deprecated} (which marks the
 * operation deprecated in the contract), and every answer of the operation carries `Deprecation`
 * (RFC 9745) from {@link #announced()} and `Sunset` (RFC 8594) from {@link #on()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sunset {
    /** ISO date the deprecation was announced. */
    String announced();

    /** ISO date from which the operation may stop answering: at least 12 months after {@link #announced()}. */
    String on();
}

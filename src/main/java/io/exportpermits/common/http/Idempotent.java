package io.exportpermits.common.http;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A POST that honours `Idempotency-Key` (see {@link IdempotencyInterceptor}). The method must return a
 * {@code RestResponse} whose body Jackson can read back. {@link StandardResponsesFilter} documents the
 * header on every operation that carries the 422 declared here.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "422", description = Idempotent.REUSED)
public @interface Idempotent {
    /** The 422 answer's description, by which the OpenAPI filter also recognises these operations. */
    String REUSED = "This Idempotency-Key was used for a different request.";
}

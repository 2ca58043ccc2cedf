package io.exportpermits.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The answers every conditional change to an existing resource shares (If-Match required). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "404", description = "No such resource.")
@APIResponse(responseCode = "409", description = "Changed by another request at the same moment.")
@APIResponse(responseCode = "412", description = "It changed since you read it: If-Match names an older version.")
@APIResponse(responseCode = "428", description = "If-Match is missing.")
public @interface ChangeResponses {
    /** How a read's If-None-Match parameter is described wherever reads answer 304. */
    String IF_NONE_MATCH = "ETag of your copy: answered 304 while it is current.";
}

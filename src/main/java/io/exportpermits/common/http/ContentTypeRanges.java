package io.exportpermits.common.http;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A Content-Type names what the body is; a range such as {@code *}{@code /*} names nothing, yet JAX-RS
 * would match it to {@code application/json}. Such a request gets the same 415 as any other type.
 */
public class ContentTypeRanges {
    @ServerRequestFilter(preMatching = true)
    public void refuseRanges(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.split(";", 2)[0].contains("*")) {
            throw new NotSupportedException();
        }
    }
}

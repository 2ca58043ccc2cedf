package io.exportpermits.bench.minimal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Answers the request the benchmark times a start by, as the service's API index does. */
@Path("/api/v1")
public class Index {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String index() {
        return "{\"links\":{}}";
    }
}

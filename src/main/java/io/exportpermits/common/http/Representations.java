package io.exportpermits.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Strong ETags derived from the representation itself, for data that has no row version of its own
 * (a policy as it stood on a given day): equal bytes, equal tag; any change, a new tag.
 */
@Singleton
public class Representations {
    /** Public reference data: shared caches may keep it briefly, and revalidate cheaply with the ETag. */
    public static final String PUBLIC_REFERENCE_DATA = "public, max-age=300";

    private final ObjectMapper json;

    Representations(ObjectMapper json) {
        this.json = json;
    }

    public <T> RestResponse<T> cacheable(T body, String ifNoneMatch, Map<String, String> headers) {
        String etag = etagOf(body);
        RestResponse.ResponseBuilder<T> response = ETags.noneMatchFails(ifNoneMatch, etag)
                ? RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED)
                : RestResponse.ResponseBuilder.ok(body);
        response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, PUBLIC_REFERENCE_DATA);
        headers.forEach(response::header);
        return response.build();
    }

    public String etagOf(Object body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot tag a representation", e);
        }
    }
}

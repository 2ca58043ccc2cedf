package io.exportpermits.apikey;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer API key presented with a request. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {
    private final String secret;

    public ApiKeyAuthenticationRequest(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }
}

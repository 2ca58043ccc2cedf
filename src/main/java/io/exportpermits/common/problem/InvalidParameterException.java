package io.exportpermits.common.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A query or header parameter that could not be read. It must be a WebApplicationException:
 * RESTEasy Reactive passes those on from parameter converters, and turns anything else into a 404.
 */
public class InvalidParameterException extends BadRequestException {
    private final FieldError error;

    public InvalidParameterException(String parameter, String message) {
        super(parameter + " " + message);
        this.error = new FieldError(parameter, message);
    }

    public FieldError error() {
        return error;
    }
}

package io.exportpermits.common.http;

/** A representation and the entity tag of the state it shows. */
public record Versioned<T>(T body, String etag) {
}

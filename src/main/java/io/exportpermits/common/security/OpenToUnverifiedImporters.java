package io.exportpermits.common.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few operations a key of an importer organisation not yet verified may call: reading the
 * organisation and managing its own keys. Every other operation answers it 403 importer-not-verified.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OpenToUnverifiedImporters {
}

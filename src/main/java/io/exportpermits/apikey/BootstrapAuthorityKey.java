package io.exportpermits.apikey;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Singleton
public class BootstrapAuthorityKey {

    @ConfigProperty(name = "export-permits.bootstrap-authority-key")
    Optional<String> secret;

    void create(@Observes StartupEvent event, ApiKeyService keys) {
        secret.filter(s -> !s.isBlank()).ifPresent(keys::bootstrap);
    }
}

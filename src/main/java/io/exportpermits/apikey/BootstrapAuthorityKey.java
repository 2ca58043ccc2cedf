package io.exportpermits.apikey;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Singleton
public class BootstrapAuthorityKey {
    // Asked with JDBC: the first Hibernate query of the process costs about 250 ms of initialisation, which
    // every start paid before its first answer, although a key exists on every start but the first.
    private static final String ACTIVE_AUTHORITY_KEY_EXISTS = """
            select exists (select 1 from api_key where role = 'AUTHORITY' and revoked_at is null
                           and (expires_at is null or expires_at > now()))""";

    @ConfigProperty(name = "export-permits.bootstrap-authority-key")
    Optional<String> secret;

    void create(@Observes StartupEvent event, ApiKeyService keys, DataSource dataSource) {
        secret.filter(s -> !s.isBlank()).filter(s -> !activeAuthorityKeyExists(dataSource)).ifPresent(keys::bootstrap);
    }

    private static boolean activeAuthorityKeyExists(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(ACTIVE_AUTHORITY_KEY_EXISTS)) {
            return row.next() && row.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not look for an active AUTHORITY key", e);
        }
    }
}

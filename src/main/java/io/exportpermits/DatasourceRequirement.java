package io.exportpermits;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Production has no default database on purpose. Without this check Quarkus would start, report
 * itself unready forever and leave the operator to guess why; instead start-up stops with one line.
 */
@Singleton
public class DatasourceRequirement {
    static final String MISSING_DATASOURCE = "No database configured: set QUARKUS_DATASOURCE_JDBC_URL "
            + "(for example jdbc:postgresql://db.internal:5432/export_permits), QUARKUS_DATASOURCE_USERNAME "
            + "and QUARKUS_DATASOURCE_PASSWORD.";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> jdbcUrl;

    void check(@Observes @Priority(1) StartupEvent event) {
        if (jdbcUrl.isEmpty() || jdbcUrl.get().isBlank()) {
            throw new ConfigurationException(MISSING_DATASOURCE);
        }
    }
}

package io.exportpermits;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Production has no default database or key pepper on purpose. Without them Hibernate would fail deep
 * in start-up with a page of stack trace; this stops first, with one line naming what to set.
 */
@QuarkusMain
public class Main {
    static final int MIN_PEPPER_LENGTH = 32;
    private static final String PACKAGED_CLASS_LOADER = "io.quarkus.bootstrap.runner.RunnerClassLoader";

    public static void main(String... args) {
        // Only a packaged jar (loaded by Quarkus's runner class loader) sees its final configuration
        // here; dev mode applies its profile later, and its profile always has both settings.
        boolean packaged = PACKAGED_CLASS_LOADER.equals(Main.class.getClassLoader().getClass().getName());
        List<String> missing = packaged ? missingConfiguration(ConfigProvider.getConfig()) : List.of();
        if (!missing.isEmpty()) {
            System.err.println("Cannot start: set " + String.join("; and set ", missing) + ".");
            System.exit(1);
        }
        Quarkus.run(args);
    }

    static List<String> missingConfiguration(Config config) {
        List<String> missing = new ArrayList<>();
        if (value(config, "quarkus.datasource.jdbc.url").isEmpty()) {
            missing.add("QUARKUS_DATASOURCE_JDBC_URL (for example jdbc:postgresql://db.internal:5432/export_permits), "
                    + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD");
        }
        if (value(config, "export-permits.api-keys.pepper").filter(p -> p.length() >= MIN_PEPPER_LENGTH).isEmpty()) {
            missing.add("EXPORT_PERMITS_API_KEYS_PEPPER (a random secret of at least " + MIN_PEPPER_LENGTH
                    + " characters that API keys are hashed with; changing it invalidates every key)");
        }
        return missing;
    }

    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }
}

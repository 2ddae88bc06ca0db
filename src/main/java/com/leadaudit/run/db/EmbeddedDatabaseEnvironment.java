package com.leadaudit.run.db;

import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * SPEC §12: with no datasource configured, point Spring Boot's datasource at the embedded server. Done while the
 * environment is prepared, so Flyway, Spring Batch and JdbcTemplate all use Boot's ordinary datasource wiring and a
 * configured server simply wins.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    /** Logging is not set up yet while the environment is prepared: what this says is replayed once it is. */
    private final Log log;

    public EmbeddedDatabaseEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedDatabaseEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dataDir = Path.of(env.getProperty("leadaudit.data-dir", "data"));
        boolean exclusive = env.getProperty("leadaudit.exclusive", Boolean.class, true);
        if (exclusive) {
            // run and purge, the commands operators schedule; status is a short read whatever memory it gets
            HugePagesAdvice.forThisProcess().ifPresent(log::info);
        }
        // started in the background: EmbeddedDatabaseReady waits for it before the first connection
        String url = EmbeddedPostgresServer.startingUrl(dataDir, exclusive);
        env.getPropertySources().addFirst(new MapPropertySource("leadaudit-embedded-postgres", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "leadaudit.embedded-database", "true")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

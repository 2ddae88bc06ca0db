package com.leadaudit.run.db;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Holds back the datasource until the embedded server accepts connections. The server starts in a thread of its own
 * while the Spring context is prepared ({@link EmbeddedPostgresServer#startingUrl}); nothing may connect before it is
 * up, and a server that could not start fails the run here, with why.
 */
public final class EmbeddedDatabaseReady implements BeanPostProcessor {

    private final Environment env;

    public EmbeddedDatabaseReady(Environment env) {
        this.env = env;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource && env.getProperty("leadaudit.embedded-database", Boolean.class, false)) {
            EmbeddedPostgresServer.awaitRunning(Path.of(env.getProperty("leadaudit.data-dir", "data")));
        }
        return bean;
    }
}

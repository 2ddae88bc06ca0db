package com.leadaudit.run.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Makes the connection pool large enough for the threads the settings ask for. The two load branches of the job run
 * at once, each with its step's transaction and one connection per file being imported, beside the run lock's
 * connection and the job repository's; a pool smaller than that makes an import thread wait for a connection, and a
 * wait longer than the pool's timeout (a large file takes longer) fails that file. A larger configured pool is kept.
 */
public final class ConnectionPoolSize implements BeanPostProcessor {

    private final Environment env;

    public ConnectionPoolSize(Environment env) {
        this.env = env;
    }

    /** Connections the job can hold at once with these thread settings. */
    public static int needed(int importThreads, int reportThreads) {
        int loads = 2 * (importThreads + 1); // two branches: step transaction + one per file imported at once
        int reports = reportThreads + 1;     // each campaign written in its own transaction, plus the step's
        return Math.max(loads, reports) + 3; // the run lock, the job repository, and one to spare
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            int needed = needed(env.getProperty("leadaudit.import.threads", Integer.class, 2),
                    env.getProperty("leadaudit.report.threads", Integer.class, 2));
            if (pool.getMaximumPoolSize() < needed) {
                pool.setMaximumPoolSize(needed);
            }
        }
        return bean;
    }
}

package com.leadaudit.run.db;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The database plumbing the job's code shares: the pool's size, and the template for work that commits on its own. */
@Configuration
public class DatabaseConfig {

    /** Static: a bean post-processor is created before the configuration that declares it. */
    @Bean
    public static ConnectionPoolSize connectionPoolSize(Environment env) {
        return new ConnectionPoolSize(env);
    }

    /** Static for the same reason: the embedded server, started in the background, is up before anything connects. */
    @Bean
    public static EmbeddedDatabaseReady embeddedDatabaseReady(Environment env) {
        return new EmbeddedDatabaseReady(env);
    }

    /**
     * A template that always starts a new transaction (REQUIRES_NEW), even inside a step's: imports commit file by
     * file, workbooks and figures campaign by campaign, so one file's or campaign's failure never undoes the others.
     * It is the only TransactionTemplate bean, so every class that injects one gets this behaviour.
     */
    @Bean
    public TransactionTemplate transactionTemplate(PlatformTransactionManager tm) {
        TransactionTemplate template = new TransactionTemplate(tm);
        template.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        return template;
    }
}

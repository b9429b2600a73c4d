package org.chronology.api.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** On the embedded H2 database, writes take turns ({@link OneWriterAtATime}); PostgreSQL needs no such help. */
@Configuration
public class StorageConfiguration {

    @Bean
    static BeanPostProcessor oneWriterOnH2() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                        && hikari.getJdbcUrl().startsWith("jdbc:h2:") ? new OneWriterAtATime(hikari) : bean;
            }
        };
    }
}

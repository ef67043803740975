package vn.anm.assistant.database;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import vn.anm.assistant.report.LocalPostgres;

/**
 * Points a test class's application at the database its {@link OnH2} or {@link OnPostgres} names
 * (registered in META-INF/spring.factories). A class with neither keeps the default.
 */
public final class DatabaseBackends implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        OnPostgres postgres = AnnotatedElementUtils.findMergedAnnotation(testClass, OnPostgres.class);
        if (postgres != null) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("anm.data-dir", "./target/test-data/pg");
            properties.put("spring.r2dbc.url", LocalPostgres.r2dbcUrl(postgres.schema()));
            properties.put("spring.r2dbc.username", String.valueOf(LocalPostgres.user()));
            properties.put("spring.flyway.url", LocalPostgres.jdbcUrl(postgres.schema()));
            properties.put("spring.flyway.user", String.valueOf(LocalPostgres.user()));
            properties.put("spring.flyway.schemas", postgres.schema());
            properties.put("spring.flyway.default-schema", postgres.schema());
            return new Backend(properties);
        }
        if (AnnotatedElementUtils.hasAnnotation(testClass, OnH2.class)) {
            return new Backend(Map.of("anm.data-dir", "./" + Path.of("target", "test-data", "h2-" + UUID.randomUUID())));
        }
        return null;
    }

    /** Equal for equal properties, so Spring caches one context per database. */
    private record Backend(Map<String, Object> properties) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties));
        }
    }
}

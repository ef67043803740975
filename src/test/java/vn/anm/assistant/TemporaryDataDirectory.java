package vn.anm.assistant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Tests never write {@code ./data} into the working copy: an application started by a test that did not
 * choose its own data directory gets a fresh temporary one. A directory a test sets itself (properties,
 * {@code @DynamicPropertySource}, {@code ANM_DATA_DIR}) is left alone. Registered in the tests'
 * {@code META-INF/spring.factories}, so it never reaches the packaged application.
 */
public class TemporaryDataDirectory implements EnvironmentPostProcessor, Ordered {

    private static final String KEY = "anm.data-dir";
    private static final String DEFAULT = "./data";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!DEFAULT.equals(environment.getProperty(KEY))) {
            return;
        }
        try {
            String dir = Files.createTempDirectory("anm-test-data-").toString();
            environment.getPropertySources().addFirst(new MapPropertySource("temporaryDataDirectory", Map.of(KEY, dir)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary data directory for a test", e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

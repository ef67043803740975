package vn.anm.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every time the service reads comes from the one {@link Clock} bean (AssistantApplication), so a test can move
 * time for the whole service and no class silently reads the wall clock: no {@code Instant.now()},
 * {@code LocalDate.now()} or {@code Clock.systemUTC()} anywhere else in the main code.
 */
class OneClockTests {

    private static final Set<String> WALL_CLOCK_OWNERS = Set.of(Instant.class.getName(), LocalDate.class.getName(),
            LocalDateTime.class.getName(), OffsetDateTime.class.getName(), ZonedDateTime.class.getName(), Clock.class.getName());

    @Test
    void onlyTheClockBeanReadsTheWallClock() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.anm.assistant");
        List<String> readers = classes.stream()
                .flatMap(type -> type.getMethodCallsFromSelf().stream())
                .filter(call -> WALL_CLOCK_OWNERS.contains(call.getTargetOwner().getName()))
                .filter(call -> Set.of("now", "systemUTC", "systemDefaultZone").contains(call.getName())
                        && call.getTarget().getRawParameterTypes().isEmpty())
                .filter(call -> !call.getOriginOwner().getName().equals(AssistantApplication.class.getName()))
                .map(call -> call.getOriginOwner().getSimpleName() + "." + call.getOrigin().getName() + " calls "
                        + call.getTargetOwner().getSimpleName() + "." + call.getName() + "()")
                .toList();
        assertThat(classes).as("main classes read").hasSizeGreaterThan(300);
        assertThat(readers).as("reads of the wall clock outside the Clock bean").isEmpty();
    }
}

package vn.anm.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * No method or constructor of the conversation takes a boolean (issue 15: a flag parameter hides which path a call
 * takes; an enum or a second method says it). Lambdas that capture a local boolean are the compiler's, not ours.
 */
class NoBooleanParametersTests {

    @Test
    void noMethodOfTheConversationTakesABoolean() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.anm.assistant.conversation");
        List<String> flagged = classes.stream()
                .flatMap(type -> type.getCodeUnits().stream())
                .filter(unit -> !unit.getModifiers().contains(JavaModifier.SYNTHETIC) && !unit.getName().startsWith("lambda$"))
                .filter(unit -> unit.getRawParameterTypes().stream()
                        .anyMatch(type -> type.getName().equals("boolean") || type.getName().equals(Boolean.class.getName())))
                .map(JavaCodeUnit::getFullName)
                .toList();
        assertThat(classes).as("conversation classes read").hasSizeGreaterThan(50);
        assertThat(flagged).as("methods taking a boolean").isEmpty();
    }
}

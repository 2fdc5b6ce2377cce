package org.msbiome.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MsbiomeValidationTest {
    record Label(@Size(min = 2, max = 4) String text) {}

    @Test
    void sharedValidatorIsBuiltOnceAndReused() {
        assertThat(MsbiomeValidation.validator()).isSameAs(MsbiomeValidation.validator());
    }

    @Test
    void messagesInterpolateParametersWithoutExpressionLanguage() {
        Set<ConstraintViolation<Label>> violations = MsbiomeValidation.validator().validate(new Label("${1+1}"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("text");
            assertThat(v.getMessage()).isEqualTo("size must be between 2 and 4");
            assertThat(v.getInvalidValue()).isEqualTo("${1+1}");
        });
    }

    @Test
    void newFactoryGivesAWorkingValidator() {
        try (var factory = MsbiomeValidation.newValidatorFactory()) {
            assertThat(factory.getValidator().validate(new Label("ok"))).isEmpty();
        }
    }
}

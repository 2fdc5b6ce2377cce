package org.msbiome.core.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The design enums carry exactly the ClinicalTrials.gov API v2.0.5 enum values (ctg-oas-v2.0.5.yaml). */
class DesignCodesTest {

    static Stream<Arguments> ctgovEnums() {
        return Stream.of(
                Arguments.argumentSet("StudyType", StudyType.values(), List.of("EXPANDED_ACCESS", "INTERVENTIONAL", "OBSERVATIONAL")),
                Arguments.argumentSet("Phase", Phase.values(), List.of("NA", "EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4")),
                Arguments.argumentSet("DesignAllocation", Allocation.values(), List.of("RANDOMIZED", "NON_RANDOMIZED", "NA")),
                Arguments.argumentSet("InterventionalAssignment", InterventionModel.values(),
                        List.of("SINGLE_GROUP", "PARALLEL", "CROSSOVER", "FACTORIAL", "SEQUENTIAL")),
                Arguments.argumentSet("PrimaryPurpose", PrimaryPurpose.values(), List.of("TREATMENT", "PREVENTION",
                        "DIAGNOSTIC", "ECT", "SUPPORTIVE_CARE", "SCREENING", "HEALTH_SERVICES_RESEARCH",
                        "BASIC_SCIENCE", "DEVICE_FEASIBILITY", "OTHER")),
                Arguments.argumentSet("DesignMasking", Masking.values(), List.of("NONE", "SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE")),
                Arguments.argumentSet("WhoMasked", WhoMasked.values(),
                        List.of("PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR")),
                Arguments.argumentSet("EnrollmentType", EnrollmentType.values(), List.of("ACTUAL", "ESTIMATED")),
                Arguments.argumentSet("Status", OverallStatus.values(), List.of("ACTIVE_NOT_RECRUITING", "COMPLETED",
                        "ENROLLING_BY_INVITATION", "NOT_YET_RECRUITING", "RECRUITING", "SUSPENDED", "TERMINATED",
                        "WITHDRAWN", "AVAILABLE", "NO_LONGER_AVAILABLE", "TEMPORARILY_NOT_AVAILABLE",
                        "APPROVED_FOR_MARKETING", "WITHHELD", "UNKNOWN")),
                Arguments.argumentSet("ArmGroupType", ArmType.values(), List.of("EXPERIMENTAL", "ACTIVE_COMPARATOR",
                        "PLACEBO_COMPARATOR", "SHAM_COMPARATOR", "NO_INTERVENTION", "OTHER")));
    }

    @ParameterizedTest
    @MethodSource("ctgovEnums")
    void codesAreTheClinicalTrialsGovValues(Enum<?>[] constants, List<String> expected) {
        assertThat(Arrays.stream(constants).map(Enum::name)).containsExactlyElementsOf(expected);
    }

    @Test
    void fromCodeIsExactAndListsValidCodes() {
        assertThat(Allocation.fromCode("NON_RANDOMIZED")).isSameAs(Allocation.NON_RANDOMIZED);
        assertThat(Phase.fromCode("EARLY_PHASE1")).isSameAs(Phase.EARLY_PHASE1);
        assertThatThrownBy(() -> Allocation.fromCode("randomized"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allocation 'randomized' is unknown; expected one of RANDOMIZED, NON_RANDOMIZED, NA");
        assertThatThrownBy(() -> Masking.fromCode(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("code");
    }

    static Stream<Arguments> kebabEnums() {
        return Stream.of(
                Arguments.argumentSet("TrialFramework", TrialFramework.values(),
                        (Function<String, Object>) TrialFramework::fromCode),
                Arguments.argumentSet("Route", Route.values(), (Function<String, Object>) Route::fromCode));
    }

    @ParameterizedTest
    @MethodSource("kebabEnums")
    void kebabCodesRoundTrip(Enum<?>[] constants, Function<String, Object> fromCode) {
        for (Enum<?> constant : constants) {
            String code = constant instanceof TrialFramework f ? f.code() : ((Route) constant).code();
            assertThat(code).matches("[a-z]+(-[a-z]+)*");
            assertThat(fromCode.apply(code)).isSameAs(constant);
        }
    }
}

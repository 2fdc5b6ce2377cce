package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.internal.Checks;

/**
 * The design of an animal study of an MS model: the animals, the disease model, the groups and what each
 * is given, the clinical score scale used, and SYRCLE risk-of-bias judgements. What the source does not
 * report is empty. Build one with {@link #builder(Animals, DiseaseModel)}.
 *
 * @param animals the animals
 * @param model the disease model
 * @param groups the groups, with unique labels
 * @param clinicalScoreScale the scale of the clinical scores, when reported
 * @param riskOfBias the SYRCLE risk-of-bias judgements, when assessed
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@ConsistentPreclinicalStudy
public record PreclinicalStudy(
        @Valid Animals animals,
        @Valid DiseaseModel model,
        List<@Valid StudyGroup> groups,
        Optional<ScoreScale> clinicalScoreScale,
        Optional<SyrcleRiskOfBias> riskOfBias) {

    /**
     * Copies the groups.
     *
     * @throws NullPointerException if a component or a group is null
     */
    public PreclinicalStudy {
        Objects.requireNonNull(animals, "animals");
        Objects.requireNonNull(model, "model");
        groups = Checks.copyOf(groups, "groups");
        Objects.requireNonNull(clinicalScoreScale, "clinicalScoreScale");
        Objects.requireNonNull(riskOfBias, "riskOfBias");
    }

    /**
     * A builder for a study of these animals in this model.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(Animals animals, DiseaseModel model) {
        return new Builder(animals, model);
    }

    /**
     * Builds a {@link PreclinicalStudy}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Animals animals;
        private final DiseaseModel model;
        private final List<StudyGroup> groups = new ArrayList<>();
        private @Nullable ScoreScale clinicalScoreScale;
        private @Nullable SyrcleRiskOfBias riskOfBias;

        private Builder(Animals animals, DiseaseModel model) {
            this.animals = Objects.requireNonNull(animals, "animals");
            this.model = Objects.requireNonNull(model, "model");
        }

        /** Adds a group. */
        public Builder group(StudyGroup group) {
            groups.add(Objects.requireNonNull(group, "group"));
            return this;
        }

        /** Sets the clinical score scale. */
        public Builder clinicalScoreScale(ScoreScale scale) {
            this.clinicalScoreScale = Objects.requireNonNull(scale, "clinicalScoreScale");
            return this;
        }

        /** Sets the risk-of-bias judgements. */
        public Builder riskOfBias(SyrcleRiskOfBias riskOfBias) {
            this.riskOfBias = Objects.requireNonNull(riskOfBias, "riskOfBias");
            return this;
        }

        /** The study. */
        public PreclinicalStudy build() {
            return new PreclinicalStudy(animals, model, groups, Optional.ofNullable(clinicalScoreScale),
                    Optional.ofNullable(riskOfBias));
        }
    }
}

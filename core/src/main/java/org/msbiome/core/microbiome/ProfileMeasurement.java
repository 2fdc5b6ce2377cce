package org.msbiome.core.microbiome;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.msbiome.core.internal.Checks;

/**
 * How a community profile was measured. Everything but the value kind may be unreported, and then stays absent.
 *
 * @param method the profiling method
 * @param variableRegion the amplified variable region(s) of an amplicon method, such as {@code V4} or {@code V3-V4}
 * @param platform the sequencing platform, as reported (e.g. {@code Illumina MiSeq})
 * @param pipeline the bioinformatic pipeline and its version
 * @param referenceDatabase the reference database for taxonomy and its version
 * @param specimen the specimen, as reported (e.g. {@code stool})
 * @param bodySite the specimen's body site as an Uberon term
 * @param values what the numbers are
 * @param rarefactionDepth the depth every sample was rarefied to; present only for {@link ValueKind#RAREFIED_COUNTS}
 * @since 0.1.0
 */
public record ProfileMeasurement(
        Optional<ProfilingMethod> method,
        Optional<String> variableRegion,
        Optional<String> platform,
        Optional<@Valid VersionedName> pipeline,
        Optional<@Valid VersionedName> referenceDatabase,
        Optional<String> specimen,
        Optional<UberonId> bodySite,
        ValueKind values,
        Optional<@Positive Long> rarefactionDepth) {
    private static final Pattern REGION = Pattern.compile("V[1-9](-V[1-9])?");

    /**
     * Checks the form.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a variable region is not like {@code V4} or {@code V3-V4}, or is given
     *     for a method that is not an amplicon method; a rarefaction depth is given for values that are not
     *     rarefied counts; or a text is blank
     */
    public ProfileMeasurement {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(variableRegion, "variableRegion");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(referenceDatabase, "referenceDatabase");
        Objects.requireNonNull(specimen, "specimen");
        Objects.requireNonNull(bodySite, "bodySite");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(rarefactionDepth, "rarefactionDepth");
        variableRegion = variableRegion.map(r -> Checks.requireNonBlank(r, "variableRegion").replace('–', '-'));
        variableRegion.ifPresent(r -> {
            if (!REGION.matcher(r).matches()) {
                throw new IllegalArgumentException("variable region " + Checks.quote(r)
                        + " is malformed; expected a region like 'V4' or a span like 'V3-V4'");
            }
        });
        if (variableRegion.isPresent() && method.isPresent() && !method.get().isAmplicon()) {
            throw new IllegalArgumentException("a variable region belongs to an amplicon method, not to "
                    + method.get().code());
        }
        platform = platform.map(p -> Checks.requireNonBlank(p, "platform"));
        specimen = specimen.map(s -> Checks.requireNonBlank(s, "specimen"));
        if (rarefactionDepth.isPresent() && values != ValueKind.RAREFIED_COUNTS) {
            throw new IllegalArgumentException("a rarefaction depth is given only for rarefied counts, not for "
                    + values.code());
        }
    }

    /**
     * A measurement of which only the value kind is known (e.g. a BIOM file without study metadata).
     *
     * @param values what the numbers are
     * @return the measurement, everything else absent
     */
    public static ProfileMeasurement ofValues(ValueKind values) {
        return new ProfileMeasurement(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), values, Optional.empty());
    }
}

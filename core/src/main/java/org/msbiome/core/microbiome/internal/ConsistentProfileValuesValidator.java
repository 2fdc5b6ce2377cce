package org.msbiome.core.microbiome.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.ConsistentProfileValues;
import org.msbiome.core.microbiome.ValueKind;

/**
 * Checks {@link ConsistentProfileValues}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at any time.
 */
public final class ConsistentProfileValuesValidator
        implements ConstraintValidator<ConsistentProfileValues, CommunityProfile> {
    private static final String PREFIX = "{org.msbiome.core.microbiome.ConsistentProfileValues.";
    private static final int MAX_REPORTED = 10;

    /** Creates the validator; called by Hibernate Validator. */
    public ConsistentProfileValuesValidator() {}

    @Override
    public boolean isValid(@Nullable CommunityProfile profile, ConstraintValidatorContext context) {
        if (profile == null) {
            return true;
        }
        ValueKind kind = profile.measurement().values();
        int reported = 0;
        for (int s = 0; s < profile.samples().size() && reported < MAX_REPORTED; s++) {
            String rule = ruleBroken(profile, kind, s);
            if (rule != null) {
                if (reported == 0) {
                    context.disableDefaultConstraintViolation();
                }
                context.buildConstraintViolationWithTemplate(PREFIX + rule + "}")
                        .addPropertyNode("samples").addBeanNode().inIterable().atIndex(s)
                        .addConstraintViolation();
                reported++;
            }
        }
        return reported == 0;
    }

    private static @Nullable String ruleBroken(CommunityProfile profile, ValueKind kind, int sample) {
        double[] values = profile.nonZeroValues(sample);
        double sum = 0;
        for (double v : values) {
            if (kind.isCounts() && (v < 0 || v != Math.rint(v))) {
                return "counts";
            }
            if (kind.fullSum() > 0 && (v < 0 || v > kind.fullSum())) {
                return kind == ValueKind.PERCENT ? "percentRange" : "proportionRange";
            }
            sum += v;
        }
        if (kind == ValueKind.RAREFIED_COUNTS && values.length > 0 && profile.measurement().rarefactionDepth()
                .map(depth -> depthDiffers(depth, values))
                .orElse(false)) {
            return "rarefiedDepth";
        }
        if (kind.fullSum() > 0 && !profile.filtered() && values.length > 0
                && Math.abs(sum - kind.fullSum()) > profile.sumTolerance() * kind.fullSum()) {
            return kind == ValueKind.PERCENT ? "percentSum" : "proportionSum";
        }
        return null;
    }

    private static boolean depthDiffers(long depth, double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum != depth;
    }
}

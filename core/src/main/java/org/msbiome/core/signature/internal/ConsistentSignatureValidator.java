package org.msbiome.core.signature.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.signature.ConsistentSignature;
import org.msbiome.core.signature.Signature;
import org.msbiome.core.taxonomy.Lineage;

/**
 * Checks {@link ConsistentSignature}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at any time.
 */
public final class ConsistentSignatureValidator implements ConstraintValidator<ConsistentSignature, Signature> {
    private static final String PREFIX = "{org.msbiome.core.signature.ConsistentSignature.";

    /** Creates the validator; called by Hibernate Validator. */
    public ConsistentSignatureValidator() {}

    @Override
    public boolean isValid(@Nullable Signature signature, ConstraintValidatorContext context) {
        if (signature == null) {
            return true;
        }
        boolean valid = true;
        Set<List<Lineage.Entry>> seen = new HashSet<>();
        List<Lineage> taxa = signature.taxa();
        for (int i = 0; i < taxa.size(); i++) {
            Lineage lineage = taxa.get(i);
            if (!seen.add(lineage.entries())) {
                valid = report(context, valid, "duplicateTaxon", i);
            }
            long withId = lineage.entries().stream().filter(e -> e.ncbiTaxonId().isPresent()).count();
            if (withId != 0 && withId != lineage.entries().size()) {
                valid = report(context, valid, "taxidDepth", i);
            }
        }
        return valid;
    }

    private static boolean report(ConstraintValidatorContext context, boolean first, String rule, int index) {
        if (first) {
            context.disableDefaultConstraintViolation();
        }
        context.buildConstraintViolationWithTemplate(PREFIX + rule + "}")
                .addPropertyNode("taxa").addBeanNode().inIterable().atIndex(index)
                .addConstraintViolation();
        return false;
    }
}

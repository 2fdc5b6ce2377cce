package org.msbiome.core.formulation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.formulation.Component;
import org.msbiome.core.formulation.DistinctComponentStrains;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.strain.CultureCollection;
import org.msbiome.core.strain.Deposit;
import org.msbiome.core.strain.Strain;

/**
 * Checks {@link DistinctComponentStrains}.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at any
 * time.
 */
public final class DistinctComponentStrainsValidator
        implements ConstraintValidator<DistinctComponentStrains, Formulation> {
    /** Creates the validator; Hibernate Validator calls this constructor. */
    public DistinctComponentStrainsValidator() {}

    @Override
    public boolean isValid(@Nullable Formulation formulation, ConstraintValidatorContext context) {
        if (formulation == null) {
            return true;
        }
        // Indexed, so that the rule costs n·log n and not n² in the number of components: a strain repeats an
        // earlier one when it is equal to it, shares a deposit with it, or has its taxon and designation and
        // no collection in common with it (Strain.isSameStrainAs).
        List<Component> components = formulation.components();
        if (components.size() < 2) {
            return true; // no earlier strain to repeat
        }
        // The first strains are compared with each other (a few comparisons, which mostly stop at the taxon), the
        // rest looked up by hash: a strain's hash walks all of it.
        Map<Strain, Integer> byValue = null;
        Map<List<Object>, Integer> byAccession = new HashMap<>();
        Map<List<Object>, Map<Set<CultureCollection>, Integer>> byName = new HashMap<>();
        boolean valid = true;
        for (int i = 0; i < components.size(); i++) {
            Strain strain = components.get(i).strain();
            boolean repeats;
            if (i < COMPARED) {
                repeats = equalsEarlier(components, i, strain);
            } else {
                if (byValue == null) {
                    byValue = new HashMap<>();
                    for (int j = 0; j < COMPARED; j++) {
                        byValue.putIfAbsent(components.get(j).strain(), j);
                    }
                }
                repeats = byValue.putIfAbsent(strain, i) != null;
            }
            // Made only for a strain with deposits: most have none, and then no collection.
            Set<CultureCollection> collections = strain.deposits().isEmpty() ? Set.of() : new HashSet<>();
            for (Deposit deposit : strain.deposits()) {
                collections.add(deposit.collection());
                repeats |= byAccession.putIfAbsent(List.of(deposit.collection(), deposit.accession()), i) != null;
            }
            Optional<String> designationKey = strain.designationKey();
            if (designationKey.isPresent()) {
                Map<Set<CultureCollection>, Integer> named = byName.computeIfAbsent(
                        List.of(strain.taxon(), designationKey.get()), k -> new HashMap<>());
                if (!repeats) {
                    for (Set<CultureCollection> earlier : named.keySet()) {
                        if (Collections.disjoint(earlier, collections)) {
                            repeats = true;
                            break;
                        }
                    }
                }
                named.putIfAbsent(Set.copyOf(collections), i);
            }
            if (repeats) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("components")
                        .addPropertyNode("strain")
                        .inIterable()
                        .atIndex(i)
                        .addConstraintViolation();
            }
        }
        return valid;
    }

    /** How many of the first strains are compared with each other rather than looked up by hash. */
    private static final int COMPARED = 8;

    /** Whether the strain at {@code i} is equal to one before it. */
    private static boolean equalsEarlier(List<Component> components, int i, Strain strain) {
        for (int j = 0; j < i; j++) {
            if (strain.equals(components.get(j).strain())) {
                return true;
            }
        }
        return false;
    }
}

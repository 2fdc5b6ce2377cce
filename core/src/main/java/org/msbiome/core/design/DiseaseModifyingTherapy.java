package org.msbiome.core.design;

import java.util.Objects;
import org.msbiome.core.internal.Checks;

/**
 * A disease-modifying therapy for MS given as a trial intervention, like interferon beta-1a.
 *
 * @param name the therapy's name, unique within the trial
 * @param regimen when and how much is given
 * @since 0.1.0
 */
public record DiseaseModifyingTherapy(String name, Regimen regimen) implements Intervention {

    /**
     * Strips the name.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name is blank
     */
    public DiseaseModifyingTherapy {
        name = Checks.requireNonBlank(name, "name");
        Objects.requireNonNull(regimen, "regimen");
    }
}

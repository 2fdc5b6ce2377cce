package org.msbiome.core.preclinical;

/**
 * An animal model of MS: autoimmune ({@link Eae}), virus-induced ({@link Tmev}) or toxin-induced
 * ({@link Cuprizone}) (https://pmc.ncbi.nlm.nih.gov/articles/PMC3858209).
 *
 * @since 0.1.0
 */
public sealed interface DiseaseModel permits Eae, Cuprizone, Tmev {}

package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
/**
 * An animal model of MS: autoimmune ({@link Eae}), virus-induced ({@link Tmev}) or toxin-induced
 * ({@link Cuprizone}) (https://pmc.ncbi.nlm.nih.gov/articles/PMC3858209).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public sealed interface DiseaseModel permits Eae, Cuprizone, Tmev {}

package org.msbiome.core.evidence;

/**
 * An identifier of a publication: a {@link Doi}, a PubMed {@link Pmid} or a PubMed Central
 * {@link Pmcid}. Used for a citation's own identifiers and for the notice that records a change in its
 * integrity status (the PMID of a retraction notice, for example).
 *
 * <p>Identifiers compare by value with {@link Object#equals(Object)}.
 *
 * @since 0.1.0
 */
public sealed interface PublicationId permits Doi, Pmid, Pmcid {

    /**
     * The identifier in its canonical written form: {@code 10.1080/07315724.2017.1347074},
     * {@code 28922099}, {@code PMC5763484}.
     *
     * @return the canonical form
     */
    String value();
}

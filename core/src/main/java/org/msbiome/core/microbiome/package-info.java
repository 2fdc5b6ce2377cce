/**
 * Microbial community profiles and how they were measured: {@link org.msbiome.core.microbiome.CommunityProfile}
 * (samples × features, sparse and immutable, with per-sample metadata), {@link org.msbiome.core.microbiome.Feature}
 * (an ASV/OTU ID or a taxon, with its {@link org.msbiome.core.taxonomy.Lineage}), and
 * {@link org.msbiome.core.microbiome.ProfileMeasurement} (method and variable region, platform, pipeline, reference
 * database and version, specimen and body site, and what the numbers are). What a source does not report stays
 * absent.
 *
 * <p>Rules that depend on what the numbers are (counts are non-negative integers; relative abundances lie in [0, 1]
 * or [0, 100] and sum to 1 or 100 per sample unless the profile is filtered) are the Bean Validation constraint
 * {@link org.msbiome.core.microbiome.ConsistentProfileValues}.
 */
@NullMarked
package org.msbiome.core.microbiome;

import org.jspecify.annotations.NullMarked;

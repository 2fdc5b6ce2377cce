/**
 * Tables that microbiome tools write, read into {@link org.msbiome.core.microbiome.CommunityProfile}s: BIOM 1.0
 * (JSON, read and write) and BIOM 2.1 (HDF5, read) in {@link org.msbiome.io.biom.Biom}; QIIME 2 feature-table TSV,
 * MetaPhlAn profiles and Kraken/Bracken reports in {@link org.msbiome.io.biom.ProfileTables}.
 *
 * <p>Every reader accounts for every input field: it is encoded in the profile, or listed in the result's notes
 * with what happened to it. Malformed input gives {@link org.msbiome.io.InvalidDocumentException} with every
 * problem found, never an exception from the underlying parser. Lineages are parsed with
 * {@link org.msbiome.core.taxonomy.Lineage#parse}; text that no notation reads is kept as an unresolved feature
 * ({@link org.msbiome.core.microbiome.Feature#unparsedLineage()}), never dropped.
 */
@NullMarked
package org.msbiome.io.biom;

import org.jspecify.annotations.NullMarked;

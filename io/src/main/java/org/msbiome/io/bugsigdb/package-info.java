/**
 * Import of the BugSigDB export ({@code full_dump.csv} of waldronlab/BugSigDBExports; Geistlinger et al., Nat
 * Biotechnol 2023) into {@link org.msbiome.core.signature.Experiment}s with their
 * {@link org.msbiome.core.signature.Signature}s.
 *
 * <p>{@link org.msbiome.io.bugsigdb.BugSigDbImporter} reads the CSV as a stream, columns by header name, and
 * accounts for every field in a {@link org.msbiome.io.bugsigdb.BugSigDbReport}: values mapped (counted per
 * column), inferred, rejected or left unmapped, each with its row, column and reason.
 *
 * @since 0.1.0
 */
@NullMarked
package org.msbiome.io.bugsigdb;

import org.jspecify.annotations.NullMarked;

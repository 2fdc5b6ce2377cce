/**
 * JMH benchmarks of the msbiome JSON format, each beside its baselines (plain Jackson databind into
 * equivalent plain records, and Jackson's streaming parser), plus the NDJSON memory probe and the
 * cold-start probe. Not a library; see {@code BENCHMARKS.md} at the repository root.
 */
@NullMarked
package org.msbiome.benchmarks;

import org.jspecify.annotations.NullMarked;

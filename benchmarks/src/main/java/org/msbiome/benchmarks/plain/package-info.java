/**
 * The baseline: plain records, hand-written to mirror the JSON shape of the benchmark documents, bound
 * by a plain Jackson 3 mapper with no msbiome module and no validation. Codes are strings, exact numbers
 * are {@code BigDecimal}, optional properties are nullable components left out when null.
 */
@NullMarked
package org.msbiome.benchmarks.plain;

import org.jspecify.annotations.NullMarked;

/**
 * Harms of an intervention as a trial reports them: adverse events with their per-group counts, the
 * totals of deaths, serious and other events per group, withdrawals due to adverse events, how harms
 * were collected (the items of CONSORT Harms 2022 a record can hold; Junqueira et al., BMJ
 * 2023;381:e073725), and effect sizes between groups on counts.
 *
 * <p>Terms and organ systems are kept as the source gives them, with the vocabulary and version they
 * come from ({@link org.msbiome.core.safety.Vocabulary}). MedDRA is licensed: msbiome neither ships nor
 * checks against a MedDRA hierarchy, and a term is opaque text.
 *
 * <p>Absence is kept apart from zero everywhere: a count the source did not report is an empty
 * {@link java.util.Optional} (never 0), 0 of 0 is kept as reported, and an event list reported with no
 * events differs from one not reported at all ({@link org.msbiome.core.safety.SafetyReport}).
 */
@NullMarked
package org.msbiome.core.safety;

import org.jspecify.annotations.NullMarked;

/**
 * Whether reported statistics can be true: checks of a published mean and its spread against the number
 * of participants and the grid of values the scale allows.
 *
 * <ul>
 *   <li><b>GRIM</b> (Brown and Heathers 2016, doi:10.1177/1948550616673876): can a mean, reported to d
 *       decimals, be the mean of n values on the grid?</li>
 *   <li><b>GRIMMER</b> (Anaya 2016; Allard's A-GRIMMER form, as in the R package rsprite2): can the SD be
 *       the SD of such values (a sum of squares that is an integer in the grid's units, lies within the
 *       bounds the rounded SD allows, and has the parity of the sum)?</li>
 *   <li><b>SD bounds</b>: the smallest and largest SD that n values on the grid, within the scale's
 *       minimum and maximum, can have for the reported mean.</li>
 *   <li><b>SD that looks like an SE</b>: a "±" value below the smallest SD the grid allows cannot be an SD;
 *       the flag gives the SD it implies if it is a standard error.</li>
 * </ul>
 *
 * <p>Numbers are taken as published text ({@link org.msbiome.core.plausibility.PublishedDecimal}), so
 * that a trailing zero counts as a reported decimal. The result of a check is data, a
 * {@link org.msbiome.core.plausibility.PlausibilityFlag} with its reason, the numbers behind it and what it
 * assumed, never a verdict on a paper: adjusted or imputed means, and change scores on a scale whose
 * grid is not known, break the checks' assumptions.
 */
@NullMarked
package org.msbiome.core.plausibility;

import org.jspecify.annotations.NullMarked;

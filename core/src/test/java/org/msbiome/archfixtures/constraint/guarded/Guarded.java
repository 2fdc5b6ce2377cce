package org.msbiome.archfixtures.constraint.guarded;

import org.msbiome.archfixtures.constraint.misplaced.Misplaced;

/**
 * Broken on purpose: guarded by {@link Misplaced}, a constraint that lives in another package than the
 * type it guards.
 *
 * @param low the lower value
 * @param high the higher value
 */
@Misplaced
public record Guarded(int low, int high) {}

package org.msbiome.archfixtures.cycle.alpha;

import org.msbiome.archfixtures.cycle.beta.Beta;

/** Broken on purpose: depends on {@code cycle.beta}, which depends back on {@code cycle.alpha}. */
public record Alpha(Beta beta) {}

package org.msbiome.archfixtures.cycle.beta;

import java.util.Optional;
import org.msbiome.archfixtures.cycle.alpha.Alpha;

/** Broken on purpose: depends on {@code cycle.alpha}, which depends on {@code cycle.beta}. */
public record Beta(Optional<Alpha> parent) {}

/**
 * Why a value is absent: {@link org.msbiome.core.reporting.Absence}, the one type every record uses where a
 * registry or a paper can leave a part out (docs/conventions.md, "Absent parts"). A lower-level concept: it
 * imports no other msbiome package.
 */
@NullMarked
package org.msbiome.core.reporting;

import org.jspecify.annotations.NullMarked;

/**
 * Validation of msbiome files, directories and NDJSON streams for the {@code validate} command
 * ({@link org.msbiome.examples.validate.FileValidator}).
 */
@NullMarked
package org.msbiome.examples.validate;

import org.jspecify.annotations.NullMarked;

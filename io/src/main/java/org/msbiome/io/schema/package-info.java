/**
 * The JSON Schemas of the msbiome document kinds, bundled in the jar beside {@link
 * org.msbiome.io.schema.MsbiomeSchemas}, and their validation.
 */
@NullMarked
package org.msbiome.io.schema;

import org.jspecify.annotations.NullMarked;

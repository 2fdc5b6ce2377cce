package org.msbiome.core.outcome;

/**
 * What an outcome measures: a {@link StandardMeasure} from the catalog, an immune or other biological
 * marker ({@link MarkerMeasure}) or a {@link CustomMeasure}.
 *
 * @since 0.1.0
 */
public sealed interface OutcomeMeasure permits StandardMeasure, MarkerMeasure, CustomMeasure {

    /** The measure's title, like {@code "Expanded Disability Status Scale"}. */
    String title();
}

package org.msbiome.archfixtures.exposure.internal;

/** An internal type that public API must not expose. */
public record Secret(String value) {}

package io.litindex.model;

/** One value of a facet dimension and how many matching entries have it. */
public record FacetValue(String value, long count) {}

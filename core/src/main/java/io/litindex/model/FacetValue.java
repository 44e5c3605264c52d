package io.litindex.model;

/**
 * One value of a facet dimension and how many matching entries have it.
 *
 * @param value the value as shown (a venue's display name, a year, a section path …)
 * @param count how many matching entries have it
 */
public record FacetValue(String value, long count) {}

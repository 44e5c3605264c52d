package io.litindex.search;

/**
 * Facts about an open index: where it is, how many entries it holds, the bytes its current commit takes,
 * and the litindex version and schema version that wrote that commit.
 *
 * @param location the index directory, or "memory"
 * @param entries how many entries the index holds
 * @param sizeBytes the bytes of the files of the current commit (in memory: the bytes they would take on disk)
 * @param builtBy the litindex version that wrote the current commit, or null when it did not say
 * @param schemaVersion the schema version the commit was written with, or null when it did not say
 */
public record IndexInfo(String location, int entries, long sizeBytes, String builtBy, Integer schemaVersion) {}

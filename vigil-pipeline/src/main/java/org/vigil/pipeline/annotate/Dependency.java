package org.vigil.pipeline.annotate;

/**
 * A basic universal dependency between two tokens of one sentence.
 *
 * @param governor index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation the relation with its subtype ("nsubj", "obl:tmod", "nummod")
 */
public record Dependency(int governor, int dependent, String relation) {}

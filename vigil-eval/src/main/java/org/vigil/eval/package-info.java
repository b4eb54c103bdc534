/**
 * {@code vigil eval}: runs Vigil over the benchmark sets (MUC-4, GVA and the international cases, article extraction,
 * GTD summaries, the seed article) and scores the predictions with Java ports of the reference scorers in
 * {@code shared/eval}, which they must agree with to four decimals. Subpackages: {@code score} the scorers,
 * {@code data} reading data files, {@code run} batch running and reporting, and one package per benchmark with its
 * command and its mapping from incident records to the benchmark's format.
 */
package org.vigil.eval;

/**
 * Java ports of the reference scorers ({@code shared/eval/score_muc4.py} and {@code score.py}): MUC-4 template F1
 * (GTT) and CEAF-REE (GRIT), GVA and cases incident accuracy with de-duplication, geoparsing, article extraction
 * (Zyte shingles, trafilatura snippets) and GTD fields. They read the same files and reproduce the reference's
 * normalisation, matching, tie-breaking and arithmetic ({@link org.vigil.eval.score.PyText},
 * {@link org.vigil.eval.score.PyValues}), so that their scores agree with it to four decimals (in practice exactly).
 */
package org.vigil.eval.score;

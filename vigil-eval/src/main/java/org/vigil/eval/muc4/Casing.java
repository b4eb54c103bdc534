package org.vigil.eval.muc4;

/** How the upper-case MUC-4 wire text is cased before it goes to the pipeline. */
public enum Casing {
  /** As it is (upper case). */
  RAW,
  /** Lower case with the first letter of every sentence capitalised. */
  SENTENCE,
  /** CoreNLP's statistical truecaser ({@link Truecaser}). */
  TRUECASE
}

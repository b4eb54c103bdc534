package org.vigil.pipeline.annotate;

/**
 * One token of an annotated article.
 *
 * @param index position in its sentence (0-based)
 * @param word the token text as CoreNLP normalised it (quotes become `` and '')
 * @param begin start offset in the article text
 * @param end end offset in the article text
 * @param lemma lower-case lemma
 * @param pos Penn Treebank part of speech
 * @param ner coarse named-entity tag (PERSON, LOCATION, ORGANIZATION, MISC, NUMBER, DATE, …) or "O"
 * @param normalized normalised value of a numeric or temporal entity ("4.0", "<=4.0", "2017-06-18"), or null
 */
public record Token(int index, String word, int begin, int end, String lemma, String pos, String ner,
    String normalized) {

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isCapitalised() {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** The lower-cased word. */
  public String lower() {
    return word.toLowerCase(java.util.Locale.ROOT);
  }
}

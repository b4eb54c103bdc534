package org.vigil.eval.muc4;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Locale;
import java.util.Properties;

/**
 * Restores letter case in all-caps text so that the part-of-speech tagger and NER, trained on mixed-case news, see
 * names as names. The text is lower-cased, sentence starts are capitalised, and (in {@link Casing#TRUECASE} mode)
 * each token takes the case CoreNLP's truecaser (a CRF trained on caseless news, bundled in the models jar) gives it.
 * Only letter case changes, never length, so offsets into the cased text are offsets into the original.
 *
 * <p>Loading the truecasing model takes a few seconds and about 1 GB of heap. Thread-safe once built.
 */
public final class Truecaser {
  private final Casing casing;
  private final StanfordCoreNLP pipeline;

  public Truecaser(Casing casing) {
    this.casing = casing;
    if (casing == Casing.TRUECASE) {
      Properties props = new Properties();
      props.setProperty("annotators", "tokenize,ssplit,pos,lemma,truecase");
      props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false");
      props.setProperty("ssplit.newlineIsSentenceBreak", "two");
      props.setProperty("truecase.overwriteText", "false");
      this.pipeline = new StanfordCoreNLP(props);
    } else {
      this.pipeline = null;
    }
  }

  /** The text with restored case; the same length as {@code text}. */
  public String apply(String text) {
    return switch (casing) {
      case RAW -> text;
      case SENTENCE -> sentenceCase(text);
      case TRUECASE -> truecase(text);
    };
  }

  /** Lower case with the first letter after a sentence end or a paragraph break capitalised. */
  static String sentenceCase(String text) {
    char[] c = text.toLowerCase(Locale.ROOT).toCharArray();
    if (c.length != text.length()) {
      return text;
    }
    boolean start = true;
    for (int i = 0; i < c.length; i++) {
      if (Character.isLetter(c[i])) {
        if (start) {
          c[i] = Character.toUpperCase(c[i]);
        }
        start = false;
      } else if (c[i] == '.' || c[i] == '?' || c[i] == '!' || (c[i] == '\n' && i + 1 < c.length && c[i + 1] == '\n')) {
        start = true;
      } else if (Character.isDigit(c[i])) {
        start = false;
      }
    }
    return new String(c);
  }

  private String truecase(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() != text.length()) {
      return sentenceCase(text);
    }
    Annotation doc = new Annotation(lower);
    pipeline.annotate(doc);
    char[] out = sentenceCase(text).toCharArray();
    for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
      String cased = t.get(CoreAnnotations.TrueCaseTextAnnotation.class);
      int b = t.beginPosition();
      int e = t.endPosition();
      if (cased == null || e - b != cased.length() || !cased.equalsIgnoreCase(lower.substring(b, e))) {
        continue;
      }
      cased.getChars(0, cased.length(), out, b);
    }
    return new String(out);
  }
}

package org.vigil.pipeline.annotate;

import edu.stanford.nlp.pipeline.TrueCaseAnnotator;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * Loads CoreNLP's truecaser with its two files read side by side: the CRF model on the calling thread, the list of
 * mixed-case words ("McDonald", "iPhone") on a thread of its own.
 *
 * <p>Why: CoreNLP's {@link TrueCaseAnnotator} reads the list (2.9 MB, a regex split per line) after the model, on the
 * same thread, and the truecaser is the last of Vigil's models to be ready: on the MUC-4 200 the workers waited for it
 * on their first articles with one core idle, and the list was 15 % of its loading (JFR, session 13).
 *
 * <p>The list is read by the annotator's own method and put where the annotator keeps it, so the truecaser is the
 * one {@code new TrueCaseAnnotator(props)} makes. When this CoreNLP version's annotator is not laid out as 4.5.10's
 * is, it is made that way, one file after the other.
 */
final class TruecaserLoader {
  /** CoreNLP's default list of mixed-case words ({@code DefaultPaths.DEFAULT_TRUECASE_DISAMBIGUATION_LIST}). */
  private static final String MIXED_CASE_WORDS = "edu/stanford/nlp/models/truecase/MixDisambiguation.list";
  /** An empty list, for the annotator to read instead while the real one is read beside it. */
  private static final String NO_WORDS = "org/vigil/pipeline/annotate/no-mixed-case-words.list";

  private TruecaserLoader() {}

  /** The truecaser {@code new TrueCaseAnnotator(props)} makes, loaded faster. */
  static TrueCaseAnnotator load(Properties props) {
    Method read;
    Field words;
    try {
      read = TrueCaseAnnotator.class.getDeclaredMethod("loadMixedCaseMap", String.class);
      read.setAccessible(true);
      words = TrueCaseAnnotator.class.getDeclaredField("mixedCaseMap");
      words.setAccessible(true);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return new TrueCaseAnnotator(props);
    }
    String file = props.getProperty("truecase.mixedcasefile", MIXED_CASE_WORDS);
    CompletableFuture<Object> list = CoreNlpAnnotator.inBackground("vigil-load-truecaser-words", () -> {
      try {
        return read.invoke(null, file);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    });
    Properties withoutList = new Properties();
    withoutList.putAll(props);
    withoutList.setProperty("truecase.mixedcasefile", NO_WORDS);
    TrueCaseAnnotator truecaser = new TrueCaseAnnotator(withoutList);
    try {
      words.set(truecaser, (Map<?, ?>) CoreNlpAnnotator.join(list));
    } catch (IllegalAccessException e) {
      return new TrueCaseAnnotator(props);
    }
    return truecaser;
  }
}

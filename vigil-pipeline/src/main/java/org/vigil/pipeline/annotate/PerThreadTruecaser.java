package org.vigil.pipeline.annotate;

import edu.stanford.nlp.ie.crf.CRFBiasedClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.pipeline.TrueCaseAnnotator;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * CoreNLP's truecasing classifier, made safe for several threads at once by giving each thread its own classifier
 * object over one loaded model.
 *
 * <p>Why: CoreNLP's {@code CRFBiasedClassifier} (inside {@link TrueCaseAnnotator}) switches an instance flag on for
 * the length of each {@code classify} call (it adds the bias feature), so a second thread finishing first switched the
 * bias off under the other: about one MUC-4 article in 200 came out differently from run to run (session 4). Since then
 * the truecaser took one article at a time, and with two workers one waited while the other truecased: a JFR profile of
 * {@code vigil extract --batch} on the MUC-4 200 (session 13) recorded 4.1 s of the workers' 168 s blocked on it, in
 * waits over 20 ms alone. Loading a second model would cost ~5 CPU-seconds and ~0.5 GB more.
 *
 * <p>How: this classifier stands in for the annotator's own and hands each {@code classifySentence} call to the
 * calling thread's copy of the loaded classifier. A copy is shallow: every field is the loaded one's (the weights, the
 * feature and class indices, the feature factories — what CoreNLP's NER also shares between threads), except the flag,
 * which each copy holds for itself. The classification is CoreNLP's own, so the truecasing is the same as one instance
 * taking one article at a time gives.
 *
 * <p>Thread-safety: {@link #classifySentence} may be called from any number of threads.
 */
final class PerThreadTruecaser extends CRFBiasedClassifier<CoreLabel> {
  private final ThreadLocal<CRFBiasedClassifier<CoreLabel>> copies;

  private PerThreadTruecaser(CRFBiasedClassifier<CoreLabel> loaded) {
    super(loaded.flags);
    this.copies = ThreadLocal.withInitial(() -> copy(loaded));
  }

  /**
   * Puts a per-thread classifier in {@code annotator} in place of its own. Returns false, leaving the annotator as it
   * was (and for one thread at a time), when this CoreNLP version's annotator is not laid out as 4.5.10's is.
   */
  @SuppressWarnings("unchecked")
  static boolean install(TrueCaseAnnotator annotator) {
    try {
      Field own = field(TrueCaseAnnotator.class, "trueCaser");
      if (own.getType() != CRFBiasedClassifier.class) {
        return false;
      }
      CRFBiasedClassifier<CoreLabel> loaded = (CRFBiasedClassifier<CoreLabel>) own.get(annotator);
      if (loaded == null || loaded.getClass() != CRFBiasedClassifier.class) {
        return false;
      }
      // one copy made here, before any thread uses it: a field that cannot be copied fails now, not in a worker
      copy(loaded);
      own.set(annotator, new PerThreadTruecaser(loaded));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public List<CoreLabel> classifySentence(List<? extends HasWord> sentence) {
    return copies.get().classifySentence(sentence);
  }

  /** A new classifier whose every instance field holds what {@code loaded}'s holds. */
  private static CRFBiasedClassifier<CoreLabel> copy(CRFBiasedClassifier<CoreLabel> loaded) {
    CRFBiasedClassifier<CoreLabel> copy = new CRFBiasedClassifier<>(loaded.flags);
    try {
      for (Class<?> c = CRFBiasedClassifier.class; c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers())) {
            f.setAccessible(true);
            f.set(copy, f.get(loaded));
          }
        }
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot copy CoreNLP's truecasing classifier", e);
    }
    return copy;
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}

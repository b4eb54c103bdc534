package org.vigil.pipeline.annotate;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.util.LeastRecentlyUsedCache;
import java.lang.reflect.Field;

/**
 * The dependency parser's cache of hidden-layer products, which computes a missing product itself, from the parser's
 * own weights laid out by feature position, instead of letting the parser compute it.
 *
 * <p>Why: for a (word, position) feature outside its pre-computed table, CoreNLP's neural parser multiplies one
 * 50-float slice of each of the 1,000 rows of its first weight matrix (9.6 MB, 2,400 floats a row) with the word's
 * embedding. The slices lie 9.6 KB apart, so every product reads 4,000 cache lines from memory: on the MUC-4 200 the
 * 33,000 products missing from the cache took about 7 of the 24 CPU-seconds of a single-thread pass (session 12). Here
 * the slices of one position are copied side by side once at load (9.6 MB more), and a product reads 200 KB in order:
 * about 2 CPU-seconds for the same products.
 *
 * <p>The product is the same float vector bit for bit: the same float multiplications, summed in double in the same
 * order and rounded to float once, as CoreNLP's {@code Classifier.matrixMultiplySlice} does (Java's floating point is
 * strict, so the order fixes the result). What a product is cached for only changes the speed, never a parse.
 *
 * <p>Thread-safety: the parser calls {@link #getOrDefault} and {@code add} while holding this object's monitor, as it
 * does with its own cache; a product is computed under that monitor (about 20 µs).
 */
final class ParserProducts extends LeastRecentlyUsedCache<Integer, float[]> {
  /** CoreNLP's {@code Config.numTokens}: the features of one parser state, each a word, a tag or a label. */
  private static final int FEATURES = 48;

  /**
   * {@code bySlice[position][row * embedding + k]} is the first weight matrix's
   * {@code [row][position * embedding + k]}.
   */
  private final float[][] bySlice;
  private final float[][] embeddings;
  private final int hidden;
  private final int embedding;

  private ParserProducts(int size, float[][] weights, float[][] embeddings) {
    super(size);
    this.embeddings = embeddings;
    this.hidden = weights.length;
    this.embedding = embeddings[0].length;
    if (weights[0].length != FEATURES * embedding) {
      throw new IllegalArgumentException("the parser's first layer has " + weights[0].length + " inputs, not "
          + FEATURES + " × " + embedding);
    }
    this.bySlice = new float[FEATURES][hidden * embedding];
    for (int position = 0; position < FEATURES; position++) {
      for (int row = 0; row < hidden; row++) {
        System.arraycopy(weights[row], position * embedding, bySlice[position], row * embedding, embedding);
      }
    }
  }

  /**
   * Replaces the parser's cache of hidden-layer products with one of {@code size} products that computes them
   * itself. Returns false, leaving the parser as it was (slower, the same parses), when this CoreNLP version's
   * parser is not laid out as 4.5.10's is.
   */
  static boolean install(DependencyParser parser, int size) {
    try {
      Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      Field cache = field(Classifier.class, "cache");
      if (classifier == null || cache.getType() != LeastRecentlyUsedCache.class) {
        return false;
      }
      cache.set(classifier, new ParserProducts(size, classifier.getW1(), classifier.getE()));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /**
   * The product for feature {@code index} (a word's id × 48 + its feature position), computed and cached when it is
   * not cached yet; never the default.
   */
  @Override
  public float[] getOrDefault(Integer index, float[] absent) {
    float[] cached = super.getOrDefault(index, null);
    if (cached != null) {
      return cached;
    }
    float[] product = product(index / FEATURES, index % FEATURES);
    add(index, product);
    return product;
  }

  /**
   * The first layer's weights for feature {@code position} times the embedding of {@code word}. Four rows are summed
   * side by side: each row's sum is the same additions in the same order, but four independent chains of additions
   * keep the processor busy where one chain waits for each addition before the next.
   */
  float[] product(int word, int position) {
    float[] weights = bySlice[position];
    float[] x = embeddings[word];
    float[] out = new float[hidden];
    int row = 0;
    for (; row + 4 <= hidden; row += 4) {
      int a0 = row * embedding;
      int a1 = a0 + embedding;
      int a2 = a1 + embedding;
      int a3 = a2 + embedding;
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      for (int k = 0; k < embedding; k++) {
        float xk = x[k];
        s0 += weights[a0 + k] * xk;
        s1 += weights[a1 + k] * xk;
        s2 += weights[a2 + k] * xk;
        s3 += weights[a3 + k] * xk;
      }
      out[row] = (float) s0;
      out[row + 1] = (float) s1;
      out[row + 2] = (float) s2;
      out[row + 3] = (float) s3;
    }
    for (int at = row * embedding; row < hidden; row++, at += embedding) {
      double sum = 0;
      for (int k = 0; k < embedding; k++) {
        sum += weights[at + k] * x[k];
      }
      out[row] = (float) sum;
    }
    return out;
  }
}

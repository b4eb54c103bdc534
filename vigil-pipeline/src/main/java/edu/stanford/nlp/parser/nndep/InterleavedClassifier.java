package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.util.LeastRecentlyUsedCache;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * Vigil's, not Stanford's (in CoreNLP's package only to override its package-private {@code computeScores}): the
 * neural dependency parser's classifier with the same scores, bit for bit, computed faster.
 *
 * <p>Why: for each parser state CoreNLP scores the 85 transitions as 85 dot products of the 1,000 hidden units with
 * a row of the output layer, one after the other, each a chain of 1,000 additions in double where every addition
 * waits for the one before (about four cycles each). A JFR profile of the MUC-4 200 put those products at about a
 * seventh of all CPU samples (docs/performance.md, session 21). Here four rows are summed side by side, as four
 * independent chains the processor overlaps. Each row's sum is the same additions in the same order, so each score
 * is the same double (Java's floating point is strict); the rest of the computation is CoreNLP's, in its order.
 *
 * <p>Installed only over a classifier whose product cache computes every missing product itself
 * ({@code org.vigil.pipeline.annotate.ParserProducts}): the path CoreNLP takes without such a cache is not copied here.
 * Thread-safety: as CoreNLP's; the product cache is used under its own monitor, as CoreNLP uses it.
 */
public final class InterleavedClassifier extends Classifier {
  private static final int ROWS = 4;

  private final Map<Integer, Integer> preMap;
  private final double[][] saved;
  private final LeastRecentlyUsedCache<Integer, float[]> cache;
  private final float[] b1;
  private final float[][] w2;
  private final int hidden;

  @SuppressWarnings("unchecked")
  private InterleavedClassifier(Classifier original, Config config) throws ReflectiveOperationException {
    // no pre-computed ids: the original's table is taken as it is below, not computed again
    super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), List.of());
    this.preMap = (Map<Integer, Integer>) field("preMap").get(original);
    this.saved = (double[][]) field("saved").get(original);
    this.cache = (LeastRecentlyUsedCache<Integer, float[]>) field("cache").get(original);
    this.b1 = original.getb1();
    this.w2 = original.getW2();
    this.hidden = config.hiddenSize;
    // the training state the super constructor allocates (about 50 MB) is never used by a parser that only parses
    for (String name : new String[] {"eg2E", "eg2W1", "eg2W2", "eg2b1"}) {
      field(name).set(this, null);
    }
  }

  /**
   * Replaces the parser's classifier with one that scores the same, faster (true at once when it already has). Returns
   * false, leaving the parser as it was, when this CoreNLP's parser is not laid out as 4.5.10's or its cache is not
   * {@code cacheType}.
   */
  public static boolean install(DependencyParser parser, Class<?> cacheType) {
    try {
      Field classifierField = DependencyParser.class.getDeclaredField("classifier");
      classifierField.setAccessible(true);
      Field configField = DependencyParser.class.getDeclaredField("config");
      configField.setAccessible(true);
      Classifier original = (Classifier) classifierField.get(parser);
      if (original instanceof InterleavedClassifier) {
        // a second load in one process can give back the same parser (seen in the test JVMs): installed already
        return true;
      }
      Config config = (Config) configField.get(parser);
      if (original == null || config == null || !cacheType.isInstance(field("cache").get(original))
          || field("saved").get(original) == null || original.getW2()[0].length != config.hiddenSize) {
        return false;
      }
      classifierField.set(parser, new InterleavedClassifier(original, config));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  private static Field field(String name) throws NoSuchFieldException {
    Field f = Classifier.class.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** CoreNLP's {@code computeScores(feature, preMap)} with its output layer computed four rows at a time. */
  @Override
  double[] computeScores(int[] feature) {
    double[] h = new double[hidden];
    for (int j = 0; j < feature.length; j++) {
      int index = feature[j] * Config.numTokens + j;
      Integer id = preMap.get(index);
      if (id != null) {
        ArrayMath.pairwiseAddInPlace(h, saved[id]);
      } else {
        float[] product;
        synchronized (cache) {
          product = cache.getOrDefault(index, null); // the cache computes a missing product itself
        }
        ArrayMath.pairwiseAddInPlace(h, product);
      }
    }
    for (int i = 0; i < h.length; i++) {
      h[i] += b1[i];
      h[i] = h[i] * h[i] * h[i];
    }
    return outputLayer(w2, h);
  }

  /**
   * {@code scores[r]} = the dot product of {@code h} with row r of {@code w}, each summed in double from the first
   * column to the last as CoreNLP's {@code ArrayMath.dotProduct} sums it; {@value #ROWS} rows side by side.
   */
  public static double[] outputLayer(float[][] w, double[] h) {
    double[] scores = new double[w.length];
    int r = 0;
    for (; r + ROWS <= w.length; r += ROWS) {
      float[] w0 = w[r];
      float[] w1 = w[r + 1];
      float[] w2 = w[r + 2];
      float[] w3 = w[r + 3];
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      for (int k = 0; k < h.length; k++) {
        double x = h[k];
        s0 += x * w0[k];
        s1 += x * w1[k];
        s2 += x * w2[k];
        s3 += x * w3[k];
      }
      scores[r] = s0;
      scores[r + 1] = s1;
      scores[r + 2] = s2;
      scores[r + 3] = s3;
    }
    for (; r < w.length; r++) {
      scores[r] = ArrayMath.dotProduct(h, w[r]);
    }
    return scores;
  }
}

package org.vigil.pipeline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.InterleavedClassifier;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link InterleavedClassifier} against CoreNLP's own classifier: every score must be the parser's bit for bit, or
 * parses would change.
 */
class InterleavedClassifierTest {
  private static DependencyParser parser;
  private static Classifier original;
  private static Classifier installed;

  @BeforeAll
  static void load() throws ReflectiveOperationException {
    Properties p = new Properties();
    p.setProperty("numCached", "1000");
    parser = DependencyParser.loadFromModelFile("edu/stanford/nlp/models/parser/nndep/english_UD.gz", p);
    original = classifier();
    assertThat(ParserProducts.install(parser, 1000)).isTrue();
    assertThat(InterleavedClassifier.install(parser, ParserProducts.class)).isTrue();
    installed = classifier();
  }

  private static Classifier classifier() throws ReflectiveOperationException {
    Field f = DependencyParser.class.getDeclaredField("classifier");
    f.setAccessible(true);
    return (Classifier) f.get(parser);
  }

  @Test
  void replacesTheParsersClassifier() {
    assertThat(installed).isInstanceOf(InterleavedClassifier.class).isNotSameAs(original);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyScoreIsTheParsersOwnBitForBit() throws ReflectiveOperationException {
    Method scores = Classifier.class.getDeclaredMethod("computeScores", int[].class);
    scores.setAccessible(true);
    Field pre = Classifier.class.getDeclaredField("preMap");
    pre.setAccessible(true);
    // features the table pre-computed (the common words at their positions) and features it did not
    List<List<Integer>> common = new ArrayList<>();
    for (int j = 0; j < 48; j++) {
      common.add(new ArrayList<>());
    }
    for (int key : ((Map<Integer, Integer>) pre.get(original)).keySet()) {
      common.get(key % 48).add(key / 48);
    }
    int rows = original.getE().length;
    Random random = new Random(21);
    for (int state = 0; state < 300; state++) {
      int[] feature = new int[48];
      for (int j = 0; j < 48; j++) {
        List<Integer> words = common.get(j);
        feature[j] = random.nextInt(3) > 0 && !words.isEmpty() ? words.get(random.nextInt(words.size()))
            : random.nextInt(rows);
      }
      double[] own = (double[]) scores.invoke(original, (Object) feature);
      double[] ours = (double[]) scores.invoke(installed, (Object) feature);
      assertThat(ours).as("state %d", state).containsExactly(own);
    }
  }

  @Test
  void theOutputLayerSumsEachRowAsCoreNlpDoes() {
    Random random = new Random(7);
    float[][] w = new float[11][997];
    double[] h = new double[997];
    for (int k = 0; k < h.length; k++) {
      h[k] = random.nextGaussian() * 1e3;
      for (float[] row : w) {
        row[k] = (float) random.nextGaussian();
      }
    }
    double[] scores = InterleavedClassifier.outputLayer(w, h);
    for (int r = 0; r < w.length; r++) {
      assertThat(scores[r]).as("row %d", r).isEqualTo(ArrayMath.dotProduct(h, w[r]));
    }
  }
}

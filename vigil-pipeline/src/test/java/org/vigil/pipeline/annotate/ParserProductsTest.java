package org.vigil.pipeline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ParserProducts} against CoreNLP's own computation: a product must be the parser's bit for bit, or parses
 * would change.
 */
class ParserProductsTest {
  private static DependencyParser parser;
  private static Classifier classifier;

  @BeforeAll
  static void load() throws ReflectiveOperationException {
    Properties p = new Properties();
    p.setProperty("numCached", "1000");
    parser = DependencyParser.loadFromModelFile("edu/stanford/nlp/models/parser/nndep/english_UD.gz", p);
    Field f = DependencyParser.class.getDeclaredField("classifier");
    f.setAccessible(true);
    classifier = (Classifier) f.get(parser);
  }

  @Test
  void installsItselfAsTheParsersCache() throws ReflectiveOperationException {
    assertThat(ParserProducts.install(parser, 1000)).isTrue();
    Field cache = Classifier.class.getDeclaredField("cache");
    cache.setAccessible(true);
    assertThat(cache.get(classifier)).isInstanceOf(ParserProducts.class);
  }

  @Test
  void aProductIsTheParsersOwnBitForBit() throws ReflectiveOperationException {
    assertThat(ParserProducts.install(parser, 1000)).isTrue();
    Field cache = Classifier.class.getDeclaredField("cache");
    cache.setAccessible(true);
    ParserProducts products = (ParserProducts) cache.get(classifier);
    // CoreNLP's computation of a product missing from its cache
    Method slice = Classifier.class.getDeclaredMethod("matrixMultiplySlice", float[][].class, float[].class,
        int.class);
    slice.setAccessible(true);
    float[][] e = classifier.getE();
    int embedding = e[0].length;
    for (int word = 0; word < e.length; word += 997) {
      for (int position = word % 7; position < 48; position += 7) {
        float[] own = (float[]) slice.invoke(null, classifier.getW1(), e[word], position * embedding);
        float[] ours = products.product(word, position);
        assertThat(ours).as("word %d, position %d", word, position).containsExactly(own);
        // and through the cache, as the parser asks for it (a miss computes, never answers the default)
        assertThat(products.getOrDefault(word * 48 + position, null)).containsExactly(own);
      }
    }
  }
}

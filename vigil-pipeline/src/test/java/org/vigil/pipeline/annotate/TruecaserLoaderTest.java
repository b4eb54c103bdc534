package org.vigil.pipeline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.TrueCaseAnnotator;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** {@link TruecaserLoader} makes the truecaser CoreNLP's own constructor makes. */
class TruecaserLoaderTest {

  private static Map<?, ?> mixedCaseWords(TrueCaseAnnotator truecaser) throws ReflectiveOperationException {
    Field f = TrueCaseAnnotator.class.getDeclaredField("mixedCaseMap");
    f.setAccessible(true);
    return (Map<?, ?>) f.get(truecaser);
  }

  @Test
  void theMixedCaseWordsReadBesideTheModelAreTheAnnotatorsOwn() throws ReflectiveOperationException {
    Properties props = new Properties();
    props.setProperty("truecase.overwriteText", "true");
    Map<?, ?> own = mixedCaseWords(new TrueCaseAnnotator(props));
    Map<?, ?> loaded = mixedCaseWords(TruecaserLoader.load(props));
    // the list read on its own thread is in place of the empty one the annotator read meanwhile
    assertThat(loaded).hasSizeGreaterThan(100_000).isEqualTo(own);
  }
}

package org.vigil.pipeline.resolve.geo.toponym;

import java.util.List;
import org.vigil.geo.Gazetteer;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.CoreNlpAnnotator;

/**
 * The real CoreNLP annotator and bundled gazetteer, loaded once for the whole test JVM (loading CoreNLP takes
 * 10–30 s). Test code only; production code passes models in explicitly.
 */
final class Fixtures {
  private static CoreNlpAnnotator annotator;
  private static Gazetteer gazetteer;

  private Fixtures() {}

  static synchronized CoreNlpAnnotator annotator() {
    if (annotator == null) {
      annotator = new CoreNlpAnnotator();
    }
    return annotator;
  }

  static synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      gazetteer = Gazetteer.loadBundled();
    }
    return gazetteer;
  }

  static Annotated annotate(String text) {
    return annotator().annotate(GeoEval.article("test", null, null, null, text));
  }

  static List<Toponym> tag(String text) {
    return tag(text, ToponymOptions.defaults());
  }

  static List<Toponym> tag(String text, ToponymOptions options) {
    return new ToponymTagger(gazetteer(), options).tag(annotate(text));
  }
}

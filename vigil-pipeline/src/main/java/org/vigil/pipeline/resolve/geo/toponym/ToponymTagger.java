package org.vigil.pipeline.resolve.geo.toponym;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.vigil.geo.Country;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/** Baseline: NER LOCATION runs resolved with country context. */
public final class ToponymTagger {
  private final Gazetteer gazetteer;
  private final ToponymOptions options;

  public ToponymTagger(Gazetteer gazetteer, ToponymOptions options) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.options = Objects.requireNonNull(options, "options");
  }

  public List<Toponym> tag(Annotated doc) {
    Set<String> context = new LinkedHashSet<>();
    List<Toponym> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (t.get(i).ner().equals("LOCATION")) {
          int j = i;
          while (j + 1 < t.size() && t.get(j + 1).ner().equals("LOCATION")) {
            j++;
          }
          Span span = s.span(i, j);
          String name = span.of(doc.text());
          gazetteer.country(name).ifPresent(c -> context.add(c.iso2()));
          i = j;
        }
      }
    }
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (t.get(i).ner().equals("LOCATION")) {
          int j = i;
          while (j + 1 < t.size() && t.get(j + 1).ner().equals("LOCATION")) {
            j++;
          }
          Span span = s.span(i, j);
          String name = span.of(doc.text());
          Optional<GeoName> g = gazetteer.best(name, context);
          out.add(new Toponym(span, name, g.orElse(null), 0.5));
          i = j;
        }
      }
    }
    return out;
  }
}

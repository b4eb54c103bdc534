package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.model.Article;
import org.vigil.model.IncidentPlace;
import org.vigil.model.Span;

/** {@link Address}: the place a page's address names. Addresses written for these tests. */
class AddressTest {

  private static final Gazetteer GAZETTEER = Gazetteer.loadBundled();
  private static final Address ADDRESS = new Address(GAZETTEER, new Counties(GAZETTEER));

  private static IncidentPlace place(String url) {
    return ADDRESS.place(new Article("a", url, "Man shot", null, null, null, null, "Text.", List.of(new Span(0, 5)),
        List.of(0), "h"), null);
  }

  @Test
  void aCityTheOutletFilesItsStoryUnderIsNearTheIncident() {
    IncidentPlace p = place("http://web.archive.org/web/2016/http://www.example-star.com:80/news/local/community/"
        + "fort-worth/article12345.html");
    assertThat(p.resolvedName()).isEqualTo("Fort Worth");
    assertThat(p.admin1()).isEqualTo("Texas");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void aCountyOfOneStateInTheHeadlineOfTheAddressIsItsSeat() {
    IncidentPlace p = place("http://www.example-news.com/news/2-killed-3-injured-in-gwinnett-county-shooting/ab1/");
    assertThat(p.admin1()).isEqualTo("Georgia");
    assertThat(p.featureCode()).startsWith("PPL");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void aTownOfTheStateTheAddressNamesBeforeALargerNamesake() {
    IncidentPlace p = place("http://www.northgeorgiaexample.com/rome/news/local/victim-identified/");
    assertThat(p.resolvedName()).isEqualTo("Rome");
    assertThat(p.admin1()).isEqualTo("Georgia");
  }

  @Test
  void noPlaceInAnAddressOfCommonWordsOrNone() {
    assertThat(place("http://www.example-news.com/news/local/crime/article6655236.html")).isNull();
    assertThat(place(null)).isNull();
  }
}

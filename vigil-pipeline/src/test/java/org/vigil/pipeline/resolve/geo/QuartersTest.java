package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;

/**
 * {@link Quarters}: names of streets and quarters that are no towns, through the real pipeline; sentences written
 * for these tests (not taken from any evaluation set).
 */
class QuartersTest {

  private static IncidentPlace place(String text) {
    return extract(text, "2015-12-28").main().place();
  }

  /** Tokens of "word/TAG word/TAG …", as the part-of-speech tagger gives them. */
  private static List<Token> tagged(String text) {
    List<Token> tokens = new ArrayList<>();
    for (String wt : text.split(" ")) {
      int slash = wt.lastIndexOf('/');
      String word = wt.substring(0, slash);
      tokens.add(new Token(tokens.size(), word, 0, 0, word.toLowerCase(Locale.ROOT), wt.substring(slash + 1), "O",
          null));
    }
    return tokens;
  }

  @Test
  void theFirstOfTwoStreetsNamedTogetherIsNoTown() {
    // "near Odessa and Franklin streets": Odessa is no town here
    List<Token> t = tagged("near/IN Odessa/NNP and/CC Franklin/NNP streets/NNS");
    assertThat(Quarters.streetOrQuarter(t, 1, 1)).isTrue();
    // "in Odessa and Midland": two towns
    assertThat(Quarters.streetOrQuarter(tagged("in/IN Odessa/NNP and/CC Midland/NNP"), 1, 1)).isFalse();
  }

  @Test
  void aNameAfterTheCornerOrTheIntersectionOfIsAStreet() {
    // "at the intersection of Brownsville and Amanda": Brownsville is no town here
    assertThat(Quarters.streetOrQuarter(tagged("at/IN the/DT intersection/NN of/IN Brownsville/NNP and/CC "
        + "Amanda/NNP"), 4, 4)).isTrue();
    assertThat(Quarters.streetOrQuarter(tagged("at/IN the/DT corner/NN of/IN Colorado/NNP"), 4, 4)).isTrue();
    assertThat(Quarters.streetOrQuarter(tagged("the/DT people/NNS of/IN Brownsville/NNP"), 3, 3)).isFalse();
  }

  @Test
  void aNameAfterAHouseNumberIsAStreet() {
    IncidentPlace p = place("A boy was shot at the Vistas Apartments, 5751 Green Hill, in San Angelo on Friday "
        + "evening, police said.");
    assertThat(p.resolvedName()).isEqualTo("San Angelo");
    assertThat(p.admin1()).isEqualTo("Texas");
  }

  @Test
  void theSecondOfTwoStreetsNamedTogetherIsNoTownEither() {
    // "at Independence and Wabash avenues": the plural street noun right after the second name
    assertThat(Quarters.streetOrQuarter(tagged("at/IN Independence/NNP and/CC Wabash/NNP avenues/NNS"), 3, 3))
        .isTrue();
    assertThat(Quarters.streetOrQuarter(tagged("in/IN Independence/NNP and/CC Wabash/NNP"), 3, 3)).isFalse();
  }

  @Test
  void aStreetWithItsPartOfTownAfterItIsNoTown() {
    // "near 14th Avenue North and Morgan Avenue North"
    assertThat(Quarters.streetOrQuarter(tagged("near/IN Morgan/NNP Avenue/NNP North/NNP ./."), 1, 3)).isTrue();
    assertThat(Quarters.streetOrQuarter(tagged("on/IN Elm/NNP Street/NNP NW/NNP ./."), 1, 3)).isTrue();
    assertThat(Quarters.streetOrQuarter(tagged("in/IN North/NNP Morgan/NNP ./."), 1, 2)).isFalse();
  }

  @Test
  void aBareNameAfterOffIsARoad() {
    // "on Lake Park Drive off Winchester in southeast Memphis"
    assertThat(Quarters.streetOrQuarter(tagged("Drive/NNP off/IN Winchester/NNP in/IN Memphis/NNP"), 2, 2)).isTrue();
    assertThat(Quarters.streetOrQuarter(tagged("Drive/NNP in/IN Winchester/NNP"), 2, 2)).isFalse();
  }

  @Test
  void aStreetOffARoadPlacesTheShootingInTheTownNamedAfter() {
    IncidentPlace p = place("A girl was shot at an apartment on Cedar Lane off Winchester in Lubbock on Friday, "
        + "police said.");
    assertThat(p.resolvedName()).isEqualTo("Lubbock");
  }

  @Test
  void aTownsNameWithADirectionAfterItIsAQuarter() {
    // "Triple shooting in Homewood North": Pittsburgh's quarter, not Homewood, Alabama
    Toponym homewood = new Toponym(new Span(0, 8), "Homewood", null, 0.8, Toponym.Basis.GAZETTEER, 0, 0);
    assertThat(Quarters.around(new Span(0, 14), "Homewood North", homewood)).isTrue();
    assertThat(Quarters.around(new Span(0, 8), "Homewood", homewood)).isFalse();
    assertThat(Quarters.around(new Span(0, 17), "Homewood Cemetery", homewood)).isFalse();
  }

  /**
   * As "Four Hurt In Washington Park Shooting" over "in the Washington Park neighborhood on the South Side" (GVA dev
   * 401-2,000, placed in Washington Park, Illinois, 400 km from the page's Chicago): a name the page calls a
   * neighbourhood is a quarter wherever it is named.
   */
  @Test
  void aNameThePageCallsANeighbourhoodIsNoTownInTheTitle() {
    IncidentPlace p = extract("http://www.example.com/news/2",
        "Two Wounded In Washington Park Shooting \u00ab WXYZ Chicago",
        "CHICAGO (WXYZ) \u2013 Two brothers were wounded late Saturday, police said.\n\nThey were walking home in the "
            + "Washington Park neighborhood on the South Side when a gunman opened fire.", "2015-06-14")
        .main().place();
    assertThat(p.resolvedName()).as("%s", p).isEqualTo("Chicago");
  }

  /** "a Chicago neighborhood", "the Brooklyn neighborhood of Bushwick": the city a quarter is in stays a town. */
  @Test
  void theCityAQuarterIsInIsNoQuarter() {
    assertThat(Quarters.calledQuarter("shot in the Brooklyn neighborhood of Bushwick", "Brooklyn")).isFalse();
    assertThat(Quarters.calledQuarter("shot in a Chicago neighborhood", "Chicago")).isFalse();
    assertThat(Quarters.calledQuarter("shot in the Englewood neighborhood.", "Englewood")).isTrue();
  }
}

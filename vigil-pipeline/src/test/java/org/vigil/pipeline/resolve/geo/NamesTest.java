package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.Span;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;

/**
 * {@link Names} on toponyms as the tagger might have chosen them (made up for these tests, not taken from any
 * evaluation set), with the bundled gazetteer.
 */
class NamesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.loadBundled();

  private static GeoName in(String name, String country) {
    return GAZETTEER.lookup(name).stream()
        .filter(g -> g.kind() == GeoName.Kind.POPULATED_PLACE && g.countryCode().equals(country)).findFirst()
        .orElseThrow();
  }

  private static Toponym at(int start, String name, GeoName place) {
    return new Toponym(new Span(start, start + name.length()), name, place, 0.8, Toponym.Basis.GAZETTEER,
        place.lat(), place.lon());
  }

  /** "… shot in Hamilton … taken to Cincinnati … officers from Dayton …", Hamilton read as New Zealand's. */
  private static Names story(String bare, GeoName abroad) {
    List<Toponym> tagged = List.of(at(0, bare, abroad), at(100, "Cincinnati", in("Cincinnati", "US")),
        at(200, "Dayton", in("Dayton", "US")));
    return new Names(GAZETTEER, tagged, Set.of("US", abroad.countryCode()), Set.of());
  }

  @Test
  void aTownAbroadInALocalStoryIsTheNamesakeAtHome() {
    Optional<GeoName> g = story("Hamilton", in("Hamilton", "NZ"))
        .resolve(new Candidate(0, 0, "Hamilton", "in", new Span(0, 8)));
    assertThat(g).isPresent();
    assertThat(g.get().countryCode()).isEqualTo("US");
    assertThat(g.get().admin1Name()).isEqualTo("Ohio");
  }

  @Test
  void aNameWithNoNamesakeAtHomeIsNoPlaceOfTheStory() {
    Optional<GeoName> g = story("Wuhan", in("Wuhan", "CN"))
        .resolve(new Candidate(0, 0, "Wuhan", "in", new Span(0, 5)));
    assertThat(g).isEmpty();
  }

  @Test
  void aTownAbroadStaysWhenTheStoryNamesItsCountry() {
    List<Toponym> tagged = List.of(at(0, "Hamilton", in("Hamilton", "NZ")),
        at(100, "Cincinnati", in("Cincinnati", "US")), at(200, "Dayton", in("Dayton", "US")));
    Optional<GeoName> g = new Names(GAZETTEER, tagged, Set.of("US", "NZ"), Set.of("NZ"))
        .resolve(new Candidate(0, 0, "Hamilton", "in", new Span(0, 8)));
    assertThat(g.map(GeoName::countryCode)).contains("NZ");
  }

  @Test
  void aLoneTownAbroadIsTheNamesakeInTheOutletsCountry() {
    // "… shot in a Hamilton bar" on a Cincinnati paper's page that names no other place
    List<Toponym> tagged = List.of(at(0, "Hamilton", in("Hamilton", "NZ")));
    Candidate hamilton = new Candidate(0, 0, "Hamilton", "in", new Span(0, 8));
    assertThat(new Names(GAZETTEER, tagged, Set.of("NZ"), Set.of(), "US").resolve(hamilton)
        .map(GeoName::admin1Name)).contains("Ohio");
    assertThat(new Names(GAZETTEER, tagged, Set.of("NZ"), Set.of(), null).resolve(hamilton)
        .map(GeoName::countryCode)).contains("NZ");
  }

  @Test
  void aPlaceInsideALongerNameIsJudgedByItsOwnName() {
    // "… near the Black Lives Matter protest … Minneapolis … Saint Paul", "Lives" read as Peru's
    List<Toponym> tagged = List.of(at(6, "Lives", in("Lives", "PE")),
        at(100, "Minneapolis", in("Minneapolis", "US")), at(200, "Saint Paul", in("Saint Paul", "US")));
    Optional<GeoName> g = new Names(GAZETTEER, tagged, Set.of("US", "PE"), Set.of())
        .resolve(new Candidate(0, 2, "Black Lives Matter", "near", new Span(0, 18)));
    assertThat(g).isEmpty();
  }

  private static GeoName division(String name) {
    return GAZETTEER.lookup(name).stream().filter(g -> g.kind() == GeoName.Kind.ADMIN1).findFirst().orElseThrow();
  }

  @Test
  void aDivisionOneCityFillsIsThatCity() {
    List<Toponym> tagged = List.of(at(0, "D.C.", division("District of Columbia")));
    Optional<GeoName> g = new Names(GAZETTEER, tagged, Set.of("US"), Set.of())
        .resolve(new Candidate(0, 0, "D.C.", "in", new Span(0, 4)));
    assertThat(g.map(GeoName::name)).contains("Washington");
    assertThat(g.map(GeoName::kind)).contains(GeoName.Kind.POPULATED_PLACE);
  }

  @Test
  void aStateStaysAState() {
    List<Toponym> tagged = List.of(at(0, "Ohio", division("Ohio")));
    Optional<GeoName> g = new Names(GAZETTEER, tagged, Set.of("US"), Set.of())
        .resolve(new Candidate(0, 0, "Ohio", "in", new Span(0, 4)));
    assertThat(g.map(GeoName::kind)).contains(GeoName.Kind.ADMIN1);
  }

  @Test
  void aWordOfADivisionsNameIsTheTownOfThatName() {
    // "a shooting in Columbia", the tagger's choice the District of Columbia
    List<Toponym> tagged = List.of(at(0, "Columbia", division("District of Columbia")));
    Optional<GeoName> g = new Names(GAZETTEER, tagged, Set.of("US"), Set.of())
        .resolve(new Candidate(0, 0, "Columbia", "in", new Span(0, 8)));
    assertThat(g.map(GeoName::name)).contains("Columbia");
    assertThat(g.map(GeoName::kind)).contains(GeoName.Kind.POPULATED_PLACE);
  }
}

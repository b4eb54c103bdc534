package org.vigil.eval.gva;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.eval.testing.IncidentBuilder;
import org.vigil.model.FigureKind;
import org.vigil.model.IncidentPlace;

class GvaMapperTest {
  @Test
  void killedCountsSuspectsToo() {
    var i = GvaMapper.incident(IncidentBuilder.main().figure(FigureKind.KILLED, 2)
        .figure(FigureKind.PERPETRATORS_KILLED, 1).figure(FigureKind.INJURED, 4).date(LocalDate.of(2014, 1, 27))
        .place("Rocky Mount", 35.94, -77.79, "North Carolina", "US", 1).build(), true);
    assertThat(i.killed()).isEqualTo(3);
    assertThat(i.injured()).isEqualTo(4);
    assertThat(i.date()).isEqualTo("2014-01-27");
    assertThat(i.city()).isEqualTo("Rocky Mount");
    assertThat(i.state()).isEqualTo("North Carolina");
    assertThat(i.lat()).isEqualTo(35.94);
  }

  @Test
  void aLeadingSaintIsSpeltOutAsGvaWritesIt() {
    var i = GvaMapper.incident(IncidentBuilder.main()
        .place("St. Cloud", 45.56, -94.16, "Minnesota", "US", 1).build(), true);
    assertThat(i.city()).isEqualTo("Saint Cloud");
    assertThat(GvaMapper.cityOrCounty(place("Bay St. Louis", "PPL", 1))).isEqualTo("Bay St. Louis");
  }

  @Test
  void aRegionOnlyPlaceHasNoCity() {
    var i = GvaMapper.incident(IncidentBuilder.main().place("Ohio", 40.2, -82.7, "Ohio", "US", 3).build(), false);
    assertThat(i.city()).isNull();
    assertThat(i.state()).isEqualTo("Ohio");
    assertThat(i.killed()).isNull();
  }

  @Test
  void unstatedCountsAreZeroWhenAsked() {
    var i = GvaMapper.incident(IncidentBuilder.main().build(), true);
    assertThat(i.killed()).isZero();
    assertThat(i.injured()).isZero();
    assertThat(i.date()).isNull();
    assertThat(GvaMapper.incident(null, true)).isNull();
  }

  @Test
  void placesAreSpelledAsGvaSpellsThem() {
    assertThat(GvaMapper.cityOrCounty(place("St. Louis", "PPLA2", 1))).isEqualTo("Saint Louis");
    assertThat(GvaMapper.cityOrCounty(place("Pasco County", "ADM2", 3))).isEqualTo("Pasco (county)");
    assertThat(GvaMapper.cityOrCounty(place("Stockton", "PPL", 1))).isEqualTo("Stockton");
    assertThat(GvaMapper.cityOrCounty(place("Florida", "ADM1", 3))).isNull();
    assertThat(GvaMapper.cityOrCounty(place("San Jos\u00e9", "PPLA2", 1))).isEqualTo("San Jose");
    assertThat(GvaMapper.cityOrCounty(place("P\u0101hoa", "PPL", 2))).isEqualTo("Pahoa");
  }

  @Test
  void aHyphenatedNameIsItsPostalNameWithItsOwnInBrackets() {
    assertThat(GvaMapper.cityOrCounty(place("Winston-Salem", "PPLA2", 1))).isEqualTo("Winston Salem (Winston-salem)");
    assertThat(GvaMapper.cityOrCounty(place("Miami-Dade County", "ADM2", 2))).isEqualTo("Miami-dade (county)");
  }

  @Test
  void aTownTheGazetteerKnowsOnlyByItsCountyIsTheTown() {
    assertThat(GvaMapper.cityOrCounty(named("Hartsville", "Bartholomew County"))).isEqualTo("Hartsville");
    assertThat(GvaMapper.cityOrCounty(named("Bartholomew County", "Bartholomew County")))
        .isEqualTo("Bartholomew (county)");
    assertThat(GvaMapper.cityOrCounty(named("Tulsa hospital", "Le Flore County"))).isEqualTo("Le Flore (county)");
    assertThat(GvaMapper.cityOrCounty(named("Big Bend Region", "Brewster County"))).isEqualTo("Brewster (county)");
    assertThat(GvaMapper.cityOrCounty(named("Mo", "Jasper County"))).isEqualTo("Jasper (county)");
  }

  @Test
  void aTownWithAPostalTownOfAnotherNameIsWrittenAfterIt() {
    assertThat(GvaMapper.cityOrCounty(place("Wilkinsburg", "PPL", 1).withPostalTown("Pittsburgh")))
        .isEqualTo("Pittsburgh (Wilkinsburg)");
    assertThat(GvaMapper.cityOrCounty(place("Hanley Hills", "PPL", 2).withPostalTown("St. Louis")))
        .isEqualTo("Saint Louis (Hanley Hills)");
    assertThat(GvaMapper.cityOrCounty(place("Region", "ADM1", 3).withPostalTown("Pittsburgh"))).isNull();
  }

  private static IncidentPlace named(String name, String county) {
    return new IncidentPlace(name, null, null, county, null, 30.0, -90.0, "Somewhere", "US", "ADM2", 2, null);
  }

  private static IncidentPlace place(String name, String featureCode, int precision) {
    return new IncidentPlace(name, null, null, name, null, 30.0, -90.0, "Somewhere", "US", featureCode, precision,
        null);
  }
}

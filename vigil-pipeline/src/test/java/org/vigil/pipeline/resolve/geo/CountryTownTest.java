package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

class CountryTownTest {

  /** The homes of a call sign whose other pages are about four Indiana towns, none of them half. */
  private static OutletHomes indianaStation() {
    List<OutletHomes.Vote> votes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      votes.add(new OutletHomes.Vote("wxyz", "other" + i, 200 + i, "Town" + i, "Indiana", "US"));
    }
    return OutletHomes.of(votes);
  }

  private static IncidentPlace place(OutletHomes homes, String text) {
    return extract(homes, "http://www.wxyz.com/story/1", "Boy shot", text, "2016-05-01").main().place();
  }

  @Test
  void aCountrysNameOnAStationOfAStateWithATownOfThatNameIsTheTown() {
    IncidentPlace p = place(indianaStation(),
        "Police in Peru said a 12-year-old boy accidentally shot himself on Saturday afternoon. The Peru boy was "
            + "taken to a hospital.");
    assertThat(p.resolvedName()).isEqualTo("Peru");
    assertThat(p.admin1()).isEqualTo("Indiana");
    assertThat(p.precision()).isEqualTo(1);
  }

  @Test
  void aCountryThePageCallsByANationalityWordStaysTheCountry() {
    IncidentPlace p = place(indianaStation(),
        "Police in Peru said a 12-year-old boy accidentally shot himself on Saturday afternoon. Peruvian "
            + "officials did not comment.");
    assertThat(p.countryCode()).isEqualTo("PE");
  }

  @Test
  void aCountrysNameOnAPageOfAnUnknownOutletStaysTheCountry() {
    IncidentPlace p = place(OutletHomes.NONE,
        "Police in Peru said a 12-year-old boy accidentally shot himself on Saturday afternoon.");
    assertThat(p.countryCode()).isEqualTo("PE");
  }

  @Test
  void aCountryInWhichThePageNamesAnotherPlaceStaysTheCountry() {
    IncidentPlace p = place(indianaStation(),
        "Police in Peru said a 12-year-old boy accidentally shot himself on Saturday afternoon in Arequipa.");
    assertThat(p.countryCode()).isEqualTo("PE");
  }
}

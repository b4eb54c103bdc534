package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/**
 * A town's name after a word for its centre ("in downtown X") is a candidate place ({@link Candidate#find}) and worth
 * resolving ({@link Candidate#plausible}), as the name right after "in" is. Sentences written here.
 */
class TownCentrePlaceTest {

  @Test
  void aTownAfterInDowntownIsTheIncidentsPlace() {
    // the county's sheriff speaks first; the shooting's town is told only after "downtown"; a station's city across
    // the state line is named last
    IncidentPlace p = extract("http://www.dailypress77.com/story/news/1234/",
        "Deputy, gunman dead in courthouse shooting",
        "A deputy and a gunman are dead after a shooting in the Stearns County Courthouse, the sheriff said.\n\n"
            + "Stearns County Sheriff John Roe said the gunman, an inmate, was shot and killed by officers inside the "
            + "county courthouse in downtown St. Cloud.\n\nA county official told a television station from Fargo "
            + "that the inmate had grabbed a deputy's gun.", "2015-06-22").main().place();
    assertThat(p.resolvedName()).isEqualTo("Saint Cloud");
    assertThat(p.admin1()).isEqualTo("Minnesota");
  }
}

package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/** {@link HospitalTown}: the town of a hospital the wounded were taken to. Sentences written for these tests. */
class HospitalTownTest {

  /**
   * The motivating kind: "… was taken by helicopter to a hospital in Cleveland" came first among the incident's
   * sentences of a page whose shooting the city's own police report (the Sandusky page), and Cleveland had been the
   * place.
   */
  @Test
  void aHospitalsTownIsNotTheIncidentsPlace() {
    IncidentPlace p = place("Boy hurt in accidental shooting",
        "A 12-year-old boy who was shot in the face was taken by helicopter to a hospital in Cleveland. "
            + "The shooting happened Sunday afternoon at a home in Sandusky, police said.");
    assertThat(p.resolvedName()).isEqualTo("Sandusky");
    assertThat(p.admin1()).isEqualTo("Ohio");
  }

  /** A medical centre's name the tagger does not know: "Mercy Medical in Des Moines". */
  @Test
  void aMedicalCentresTownIsNotTheIncidentsPlace() {
    IncidentPlace p = place("Woman dies after shooting",
        "A woman who was shot Sunday was flown to Mercy Medical in Des Moines, where she died. "
            + "The shooting happened on a rural road in Ames, deputies said.");
    assertThat(p.resolvedName()).isEqualTo("Ames");
  }

  /**
   * A town the wounded were carried to, with no hospital's word before it: "The juvenile was transported to Flagler
   * Hospital and then flown to UF Health in Jacksonville" had been placed at Jacksonville (the shooting was near St.
   * Augustine).
   */
  @Test
  void aTownTheWoundedWereTakenToIsNotTheIncidentsPlace() {
    IncidentPlace p = place("Man dies after shooting",
        "A man who was shot Friday was taken to Toledo, where he was pronounced dead. "
            + "The shooting happened at a home in Sandusky, police said.");
    assertThat(p.resolvedName()).isEqualTo("Sandusky");
  }

  /** With no other town, the hospital's town stays the best point there is. */
  @Test
  void aHospitalsTownAloneIsKept() {
    assertThat(place("Man shot Sunday",
        "A man who was shot Sunday was taken to a hospital in Cleveland, police said.").resolvedName())
        .isEqualTo("Cleveland");
  }

  private static IncidentPlace place(String title, String text) {
    return extract("http://www.wxyz58.com/story/1234/shot", title, text, "2015-06-22").main().place();
  }
}

package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineTest {
  @Test
  void datelineGivesPlaceDateAndBodyStart() {
    String raw = "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] THE ARMY REPORTED\nA CLASH.";
    Dateline d = Dateline.parse(raw);
    assertThat(d.place()).isEqualTo("SAN SALVADOR");
    assertThat(d.date()).isEqualTo(LocalDate.of(1990, 1, 3));
    assertThat(raw.substring(d.bodyStart())).startsWith("THE ARMY");
  }

  @Test
  void severalBracketedNotesBelongToTheHeader() {
    String raw = "LIMA, 29 MAR 89 (EFE) -- [REPORT] [JUAN ARAYA]\n[TEXT] [CONTINUED] POLICE SAID";
    assertThat(raw.substring(Dateline.parse(raw).bodyStart())).isEqualTo("POLICE SAID");
  }

  @Test
  void noDateOrNoYearGivesNoDate() {
    assertThat(Dateline.parse("CLANDESTINE, NO DATE (RADIO VENCEREMOS) -- [TEXT] WE WILL").date()).isNull();
    assertThat(Dateline.parse("BUENOS AIRES, 25 JAN (NA) -- [TEXT] THE GROUP").date()).isNull();
  }

  @Test
  void textWithoutDatelineStartsAtZero() {
    Dateline d = Dateline.parse("GUERRILLAS ATTACKED A POST.");
    assertThat(d.place()).isNull();
    assertThat(d.bodyStart()).isZero();
  }

  @Test
  void wireTextJoinsWrappedLinesAndKeepsParagraphs() {
    String raw = "BOGOTA, 30 AUG 89 (TV) -- [TEXT] LAST NIGHT'S TARGET\nWAS THE PLANT.\n\n"
        + "   A REPORT\nSAYS SO.\n   POLICE AGREE.";
    assertThat(WireText.body(raw, Dateline.parse(raw)))
        .isEqualTo("LAST NIGHT'S TARGET WAS THE PLANT.\n\nA REPORT SAYS SO.\n\nPOLICE AGREE.");
  }

  @Test
  void sentenceCaseCapitalisesSentenceStartsOnly() {
    String s = Truecaser.sentenceCase("GUERRILLAS ATTACKED. THE ARMY, 3 DAYS LATER.\n\nPOLICE SAID");
    assertThat(s).isEqualTo("Guerrillas attacked. The army, 3 days later.\n\nPolice said");
    assertThat(new Truecaser(Casing.RAW).apply("ABC")).isEqualTo("ABC");
  }
}

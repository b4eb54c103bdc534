package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A shooter who shot himself after wounding others, where no one is told dead, lived: one of the hurt
 * ({@link ShooterSuicide#besideDeaths}; Session 22, hurt22a). Sentences written for these tests, through the real
 * pipeline.
 */
class ShooterAlsoHurtRuleTest {

  @Test
  void aShooterWhoShotHimselfBesideNoDeathIsOneOfTheHurt() {
    Incident i = main("Police said a man shot his wife and their 6-month-old daughter before shooting himself at an "
        + "apartment on Monday morning.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
    assertThat(i.figure(FigureKind.KILLED)).isNull();
    assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).isNull();
  }

  @Test
  void aCountThatHoldsTheShooterStands() {
    assertThat(main("Three people, including the gunman, were wounded on Monday morning when a man shot his wife and "
        + "daughter before shooting himself.").figure(FigureKind.INJURED)).isEqualTo(3);
  }

  @Test
  void aShooterWhoShotHimselfBesideTheDeadIsNotOneOfTheHurt() {
    Incident i = main("Police said a man fatally shot his wife and wounded their daughter before shooting himself at "
        + "an apartment on Monday morning.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void anAdultTheShooterShotBeforeHimselfCountsBesideAChildToldHurtElsewhere() {
    // Session 23, hurt23a: the girlfriend was left out, the child and the shooter counted
    Incident i = main("Police responded to reports of a young child shot at a house in Springfield on Monday morning. "
        + "Police say a man shot his girlfriend before shooting himself. Their 2-year-old daughter was wounded in the "
        + "attempted murder-suicide.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
  }

  @Test
  void anotherWordForTheOneToldHurtIsNotSomeoneElse() {
    assertThat(main("Police responded to reports of a woman shot at a house in Springfield on Monday morning. Police "
        + "say a man shot his wife before shooting himself. The woman was taken to a hospital.")
        .figure(FigureKind.INJURED)).isEqualTo(2);
  }
}

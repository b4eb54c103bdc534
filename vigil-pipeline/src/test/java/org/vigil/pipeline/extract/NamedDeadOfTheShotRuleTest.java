package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A death verb with names of its own for subject after a count of everyone shot ({@link JoinedCount#ofItsOwn};
 * Session 21, hurt21c): the names are the dead, a part of those shot, not all of them. Sentences written for these
 * tests, through the real pipeline.
 */
class NamedDeadOfTheShotRuleTest {

  @Test
  void namesThatDiedAreAPartOfThoseShot() {
    // as "All five men were shot, A and B, 20, died"
    Incident i = main("The brothers were with three other men in a car on Sunday morning when they were ambushed. "
        + "All five men were shot, Miller and Tom Grant, 20, died.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
  }

  @Test
  void surnamesThatDiedAreAPartOfThoseShot() {
    Incident i = main("Three men were in a car on Elm Street on Sunday morning when they were ambushed. "
        + "All three men were shot, Jones and Smith died.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void shotAndKilledWithNoSubjectOfItsOwnIsEveryoneDead() {
    Incident i = main("Two men were shot and killed on Elm Street on Sunday morning, police said.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }
}

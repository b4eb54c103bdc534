package org.vigil.pipeline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.pipeline.SharedPipeline;

/** "shot" as the tagger tags it in headlines (word/TAG, as CoreNLP's tagger gave them), and after the correction. */
class ShotTagsTest {

  /** The sentence's tokens from "word/TAG" pairs, retagged; returns the tag of "shot". */
  private static String shotTag(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String wt : tagged.split(" ")) {
      int slash = wt.lastIndexOf('/');
      CoreLabel l = new CoreLabel();
      l.setWord(wt.substring(0, slash));
      l.setTag(wt.substring(slash + 1));
      l.setLemma(wt.substring(0, slash).toLowerCase(java.util.Locale.ROOT));
      tokens.add(l);
    }
    ShotTags.retag(tokens);
    CoreLabel shot = tokens.stream().filter(t -> t.word().equalsIgnoreCase("shot")).findFirst().orElseThrow();
    return shot.tag() + " " + shot.lemma();
  }

  @Test
  void aNumberOrAPersonBeforeShotMakesItTheParticiple() {
    assertThat(shotTag("Police/NNS :/: 2/CD shot/NN ,/, 1/CD dead/JJ in/IN overnight/JJ shooting/NN ./."))
        .isEqualTo("VBN shoot");
    assertThat(shotTag("Woman/NN shot/NN in/IN leg/NN during/IN robbery/NN ./.")).isEqualTo("VBN shoot");
    assertThat(shotTag("Two/CD Men/NN Shot/NN ,/, One/CD Killed/VBN Near/NNP Park/NNP ./.")).isEqualTo("VBN shoot");
    assertThat(shotTag("2/CD teens/NNS among/IN 4/CD shot/NN in/IN Mount/NNP Oliver/NNP ./.")).isEqualTo("VBN shoot");
  }

  @Test
  void anAgeStandingForThePerson() {
    assertThat(shotTag("3/CD -/HYPH year/NN -/HYPH old/JJ shot/NN to/TO death/NN in/IN Riviera/NNP Beach/NNP"))
        .isEqualTo("VBN shoot");
    assertThat(shotTag("The/DT old/JJ shot/NN glass/NN broke/VBD ./.")).isEqualTo("NN shot");
  }

  @Test
  void aPersonWithHisAgeInCommas() {
    assertThat(shotTag("Boy/UH ,/, 13/CD ,/, shot/NN near/IN JBLM/NNP has/VBZ died/VBN ./.")).isEqualTo("VBN shoot");
  }

  @Test
  void aQuantifierAfterBeMakesItTheParticiple() {
    // GVA dev, Session 17: "… his two young children found dead last month … were all shot, and a pistol was found"
    assertThat(shotTag("children/NNS found/VBN dead/JJ were/VBD all/DT shot/NN ,/, and/CC a/DT pistol/NN was/VBD"
        + " found/VBN ./.")).isEqualTo("VBN shoot");
    assertThat(shotTag("Two/CD men/NNS were/VBD both/DT shot/NN in/IN the/DT head/NN ./.")).isEqualTo("VBN shoot");
  }

  @Test
  void shotAndKilledAfterItsSubjectIsAVerb() {
    assertThat(shotTag("A/DT gunman/NN shot/NN and/CC killed/VBD a/DT 17/CD -/HYPH year/NN -/HYPH old/JJ boy/NN ./."))
        .isEqualTo("VBD shoot");
    assertThat(shotTag("A/DT flu/NN shot/NN and/CC a/DT checkup/NN ./.")).isEqualTo("NN shot");
  }

  @Test
  void theNounStaysANoun() {
    assertThat(shotTag("He/PRP fired/VBD a/DT shot/NN in/IN the/DT air/NN ./.")).isEqualTo("NN shot");
    assertThat(shotTag("A/DT warning/NN shot/NN was/VBD fired/VBN ./.")).isEqualTo("NN shot");
    assertThat(shotTag("Police/NNS fired/VBD one/CD shot/NN at/IN the/DT car/NN ./.")).isEqualTo("NN shot");
    assertThat(shotTag("One/CD shot/NN was/VBD fired/VBN ./.")).isEqualTo("NN shot");
  }

  @Test
  void aHeadlineOverAnEmptyPageTellsTheIncident() {
    String wall = "Thank you for registering! Visit us and sign in to update your profile.";
    Incident party = SharedPipeline.extract("Five Shot During Party At Banquet Hall", wall, "2015-11-29").main();
    assertThat(party).isNotNull();
    assertThat(party.figure(FigureKind.INJURED)).isEqualTo(5);
    // one person before the participle is one hurt, as it was while the tagger read a noun
    Incident girl = SharedPipeline.extract("Teen girl shot in the leg at housing complex", wall, "2015-11-29").main();
    assertThat(girl).isNotNull();
    assertThat(girl.figure(FigureKind.INJURED)).isEqualTo(1);
  }
}

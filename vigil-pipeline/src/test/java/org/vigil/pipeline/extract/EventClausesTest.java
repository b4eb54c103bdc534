package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.ParsedSentences.parsed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.resolve.time.DateResolver;

/**
 * {@link EventClauses} on sentences as CoreNLP parsed them in GVA dev articles (word/tag/lemma&gt;head relation), so
 * that a rule is tested on the parse that motivated it.
 */
class EventClausesTest {

  @Test
  void aDayHungOnTheAccusationAfterTheAccusedEventIsTheEvents() {
    // "… are suspected of shooting Misty Nunley … inside a Fairmont Terrace apartment Jan. 7." (#783 of GVA dev)
    Sentence s = parsed("They/PRP/they>2:nsubj:pass are/VBP/be>2:aux:pass suspected/VBN/suspect>-1:root "
        + "of/IN/of>5:case shooting/VBG/shoot>5:amod Nunley/NNP/nunley>2:obl inside/IN/inside>9:case "
        + "a/DT/a>9:det Terrace/NNP/terrace>9:compound apartment/NN/apartment>5:nmod Jan./NNP/jan.>2:obl:tmod "
        + "7/CD/7>10:nummod ./././.>2:punct");
    assertThat(EventClauses.accusedEvent(s, 2, new DateResolver.Expression(10, 11, "Jan. 7"), List.of())).isTrue();
    // "was accused Tuesday of killing …": the accusation's day
    Sentence before = parsed("He/PRP/he>2:nsubj:pass was/VBD/be>2:aux:pass accused/VBN/accuse>-1:root "
        + "Tuesday/NNP/tuesday>2:obl:tmod of/IN/of>5:case killing/VBG/kill>6:amod Smith/NNP/smith>2:obl "
        + "./././.>2:punct");
    assertThat(EventClauses.accusedEvent(before, 2, new DateResolver.Expression(3, 3, "Tuesday"), List.of()))
        .isFalse();
  }

  @Test
  void aFurtherActTheSuspectIsAlsoAccusedOfIsNotTheStorysEvent() {
    // "Cohill is also accused of firing shots into a neighboring home on Dec. 28" (#190 of GVA dev, whose shooting
    // "on Dec. 27" is told in a sentence the parser left unparsed)
    String also = "Cohill/NNP/cohill>3:nsubj:pass is/VBZ/be>3:aux:pass also/RB/also>3:advmod "
        + "accused/VBN/accuse>-1:root of/IN/of>6:case firing/VBG/fire>6:amod shots/NNS/shot>3:obl "
        + "into/IN/into>10:case a/DT/a>10:det neighboring/VBG/neighbor>10:amod home/NN/home>3:obl "
        + "on/IN/on>12:case Dec./NNP/dec.>3:obl 28/CD/28>12:nummod ./././.>3:punct";
    DateResolver.Expression dec28 = new DateResolver.Expression(12, 13, "Dec. 28");
    assertThat(EventClauses.accusedEvent(parsed(also), 3, dec28, List.of())).isFalse();
    String plain = also.replace("also/RB/also>3:advmod", "now/RB/now>3:advmod");
    assertThat(EventClauses.accusedEvent(parsed(plain), 3, dec28, List.of())).isTrue();
  }

  @Test
  void aDayAWhenClauseOfTheEventHangsOnIsTheEvents() {
    // "The couple were still there and asleep about 9 a.m. Monday when, prosecutors say, the toddler found a loaded
    // … handgun and shot himself in the face." (#1558 of GVA dev)
    String spec = "The/DT/the>1:det couple/NN/couple>2:nsubj were/VBD/be>-1:root still/RB/still>2:advmod "
        + "there/RB/there>2:advmod and/CC/and>6:cc asleep/RB/asleep>4:conj about/RB/about>8:advmod 9/CD/9>9:nummod "
        + "a.m./NN/a.m.>10:obl:npmod Monday/NNP/monday>2:obl:tmod when/WRB/when>14:advmod ,/,/,>14:punct "
        + "prosecutors/NNS/prosecutor>14:nsubj say/VBP/say>10:acl:relcl ,/,/,>14:punct the/DT/the>17:det "
        + "toddler/NN/toddler>18:nsubj found/VBD/find>14:ccomp a/DT/a>20:det handgun/NN/handgun>18:obj "
        + "and/CC/and>22:cc shot/VBD/shoot>18:conj himself/PRP/himself>22:obj ./././.>2:punct";
    DateResolver.Expression monday = new DateResolver.Expression(10, 10, "Monday");
    assertThat(EventClauses.whenEvent(parsed(spec), monday, List.of())).isTrue();
    // "… since 9 a.m. Monday, when …": a bound of another time, not the event's day
    String since = spec.replace("about/RB/about>8:advmod", "since/IN/since>9:case");
    assertThat(EventClauses.whenEvent(parsed(since), monday, List.of())).isFalse();
    // "… Monday when, prosecutors say, the toddler found a handgun and hid it": no event in the clause
    String noEvent = spec.replace("shot/VBD/shoot>18:conj", "hid/VBD/hide>18:conj");
    assertThat(EventClauses.whenEvent(parsed(noEvent), monday, List.of())).isFalse();
  }

  @Test
  void aDayOfAStatementAWhenClauseHangsOnIsNotTheEvents() {
    // "Police said Monday when a man fired …": the when clause, told in the statement's words, hangs on "said", whose
    // day is the statement's (a parse of the form of "… police said Monday, when …"; the lead of session 13's dates13)
    String said = "Police/NNS/police>1:nsubj said/VBD/say>-1:root Monday/NNP/monday>1:obl:tmod "
        + "when/WRB/when>6:advmod a/DT/a>5:det man/NN/man>6:nsubj fired/VBD/fire>1:advcl ./././.>1:punct";
    DateResolver.Expression monday = new DateResolver.Expression(2, 2, "Monday");
    assertThat(EventClauses.whenEvent(parsed(said), monday, List.of())).isFalse();
    // the same clause hung on a verb that is not one of saying ties the day to the event
    String were = said.replace("said/VBD/say", "were/VBD/be");
    assertThat(EventClauses.whenEvent(parsed(were), monday, List.of())).isTrue();
  }

  @Test
  void aDeathCoordinatedWithTheDaysStepIsNoEvent() {
    // "He was taken to a hospital Sunday and died": the death may come days after the attack ("… and fired" is one
    // act told in two steps)
    String taken = "He/PRP/he>2:nsubj:pass was/VBD/be>2:aux:pass taken/VBN/take>-1:root to/IN/to>5:case "
        + "a/DT/a>5:det hospital/NN/hospital>2:obl Sunday/NNP/sunday>2:obl:tmod and/CC/and>8:cc %s>2:conj "
        + "./././.>2:punct";
    for (String step : List.of("died/VBD/die", "fired/VBD/fire")) {
      assertThat(EventClauses.coordinatedEvent(parsed(taken.formatted(step)),
          new DateResolver.Expression(6, 6, "Sunday"), List.of())).as(step).isEqualTo(step.startsWith("fired"));
    }
  }

  @Test
  void aDayRightBeforeTheEventWordIsTheEvents() {
    // "A feud between families could be behind a deadly Sunday night shooting at the Doubles Bar and Nightclub in
    // Hamilton, police said." (#1615 of GVA dev): "shooting" parsed as a modifier of "night", the day hung on "said"
    Sentence s = parsed("A/DT/a>1:det feud/NN/feud>10:nsubj between/IN/between>3:case families/NNS/family>1:nmod "
        + "could/MD/could>10:aux be/VB/be>10:cop behind/IN/behind>10:case a/DT/a>10:det deadly/JJ/deadly>10:amod "
        + "Sunday/NNP/sunday>10:compound night/NN/night>22:ccomp shooting/VBG/shoot>10:amod at/IN/at>15:case "
        + "the/DT/the>15:det Doubles/NNP/doubles>15:compound Bar/NNP/bar>10:obl and/CC/and>17:cc "
        + "Nightclub/NNP/nightclub>15:conj in/IN/in>19:case Hamilton/NNP/hamilton>15:nmod ,/,/,>22:punct "
        + "police/NN/police>22:nsubj said/VBD/say>-1:root ./././.>22:punct");
    assertThat(EventClauses.beforeEventWord(s, new DateResolver.Expression(9, 10, "Sunday night"), List.of()))
        .isTrue();
    // "the Sunday death of a boy": a death may come days after the attack
    Sentence death = parsed("the/DT/the>2:det Sunday/NNP/sunday>2:compound death/NN/death>-1:root of/IN/of>5:case "
        + "a/DT/a>5:det boy/NN/boy>2:nmod");
    assertThat(EventClauses.beforeEventWord(death, new DateResolver.Expression(1, 1, "Sunday"), List.of()))
        .isFalse();
  }

  @Test
  void aCalendarDayNamingTheOccasionOfAStepIsTheOccasions() {
    // "The men are each charged with six counts of criminal homicide in the March 9 cookout" (#1145 of GVA dev)
    Sentence s = parsed("The/DT/the>1:det men/NNS/man>4:nsubj:pass are/VBP/be>4:aux:pass each/RB/each>4:advmod "
        + "charged/VBN/charge>-1:root with/IN/with>7:case six/CD/six>7:nummod counts/NNS/count>4:obl "
        + "of/IN/of>10:case criminal/JJ/criminal>10:amod homicide/NN/homicide>7:nmod in/IN/in>15:case "
        + "the/DT/the>15:det March/NNP/march>15:compound 9/CD/9>13:nummod cookout/NN/cookout>4:obl "
        + "./././.>4:punct");
    assertThat(EventClauses.namedOccasion(s, new DateResolver.Expression(13, 14, "March 9"))).isTrue();
    // "… will appear at the Jan. 17 hearing": a step's own noun
    Sentence step = parsed("He/PRP/he>2:nsubj will/MD/will>2:aux appear/VB/appear>-1:root at/IN/at>7:case "
        + "the/DT/the>7:det Jan./NNP/jan.>7:compound 17/CD/17>5:nummod hearing/NN/hearing>2:obl ./././.>2:punct");
    assertThat(EventClauses.namedOccasion(step, new DateResolver.Expression(5, 6, "Jan. 17"))).isFalse();
  }
}

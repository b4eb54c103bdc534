package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.ParsedSentences.parsed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.pipeline.resolve.time.DateResolver;

/**
 * {@link EventDays} on sentences as CoreNLP parsed them (word/tag/lemma&gt;head relation), so that a rule is tested on
 * the parse that motivated it.
 */
class EventDaysTest {

  @Test
  void aDayClosingTheEventNounASpanIsCountedFromIsNotTheEvents() {
    // "Less than two months after the shooting death of 17-year-old Raekwon Brown, today, Monday, July 25, 2016, …
    // located and arrested a third suspect" (#1420 of GVA dev), shortened
    String spec = "Two/CD/two>1:nummod months/NNS/month>12:obl after/IN/after>5:case the/DT/the>5:det "
        + "shooting/NN/shooting>5:compound death/NN/death>1:dep of/IN/of>7:case Brown/NNP/brown>5:nmod ,/,/,>12:punct "
        + "today/NN/today>12:obl:tmod ,/,/,>12:punct police/NNS/police>12:nsubj arrested/VBD/arrest>-1:root "
        + "a/DT/a>14:det suspect/NN/suspect>12:obj ././.>12:punct";
    DateResolver.Expression today = new DateResolver.Expression(9, 9, "today");
    assertThat(EventDays.afterEventNoun(parsed(spec), today, List.of())).isFalse();
    // "In the hours after the shooting death of Brown, today, …": no span counted, the day closes the event's phrase
    String noSpan = spec.replace("Two/CD/two>1:nummod months/NNS/month>12:obl", "The/DT/the>1:det men/NNS/man>12:obl");
    assertThat(EventDays.afterEventNoun(parsed(noSpan), today, List.of())).isTrue();
  }

  @Test
  void aDayOfTheAnswerToACallAboutTheEventIsTheEvents() {
    // "At about 1 p.m. on Wednesday, June 8, 2016, officers responded to a call for a person shot on Washington
    // Street." (after #1420 of GVA dev)
    String spec = "At/IN/at>3:case about/RB/about>3:advmod 1/CD/1>3:nummod p.m./NN/p.m.>13:obl on/IN/on>5:case "
        + "Wednesday/NNP/wednesday>3:nmod ,/,/,>5:punct June/NNP/june>5:appos 8/CD/8>7:nummod ,/,/,>5:punct "
        + "2016/CD/2016>5:amod ,/,/,>13:punct officers/NNS/officer>13:nsubj responded/VBD/respond>-1:root "
        + "to/IN/to>16:case a/DT/a>16:det call/NN/call>13:obl for/IN/for>19:case a/DT/a>19:det "
        + "person/NN/person>16:nmod shot/VBN/shoot>19:acl on/IN/on>23:case Washington/NNP/washington>23:compound "
        + "Street/NNP/street>20:obl ././.>13:punct";
    DateResolver.Expression day = new DateResolver.Expression(5, 10, "Wednesday, June 8, 2016");
    assertThat(EventDays.attachedToEvent(parsed(spec), day, List.of())).isTrue();
    // "… officers responded to a meeting for a person shot …": no call
    String meeting = spec.replace("call/NN/call>13:obl", "meeting/NN/meeting>13:obl");
    assertThat(EventDays.attachedToEvent(parsed(meeting), day, List.of())).isFalse();
  }

  @Test
  void aDayParsedAsTheRootDatesTheVerbHungOnIt() {
    // "At about 1:16pm, on Wednesday, June 8, 2016, officers from District B-2 (Roxbury) responded to a call for a
    // person or persons shot in the area of 46 Washington Street in Dorchester." (#1420 of GVA dev, as parsed)
    String spec = "At/IN/at>3:case about/RB/about>2:advmod 1:16/CD/1:16>3:nummod pm/NN/pm>8:obl ,/,/,>8:punct "
        + "on/IN/on>6:case Wednesday/NNP/wednesday>8:obl ,/,/,>8:punct June/NNP/june>-1:root 8/CD/8>8:nummod "
        + ",/,/,>8:punct 2016/CD/2016>8:nummod ,/,/,>8:punct officers/NNS/officer>22:nsubj from/IN/from>16:case "
        + "District/NNP/district>16:compound B/NNP/b>13:nmod -/HYPH/->16:punct 2/CD/2>16:nummod "
        + "(/-LRB-/(>20:punct Roxbury/NNP/roxbury>16:appos )/-RRB-/)>20:punct responded/VBD/respond>8:parataxis "
        + "to/IN/to>25:case a/DT/a>25:det call/NN/call>22:obl for/IN/for>28:case a/DT/a>28:det "
        + "person/NN/person>25:nmod or/CC/or>30:cc persons/NNS/person>28:conj shot/VBN/shoot>28:acl "
        + "in/IN/in>34:case the/DT/the>34:det area/NN/area>31:obl ././.>8:punct";
    DateResolver.Expression day = new DateResolver.Expression(6, 11, "Wednesday, June 8, 2016");
    assertThat(DatedWords.externalHead(parsed(spec), day)).isEqualTo(22);
    assertThat(EventDays.attachedToEvent(parsed(spec), day, List.of())).isTrue();
  }

  @Test
  void anEventGerundReadAsAVerbDoesNotDateTheDayOfTheVerbAfterIt() {
    // "Half of the suspects arrested for their alleged participation in the Bunny Friend Park shooting accepted plea
    // deals Friday (October 14)." (#697 of GVA dev, shot at on Nov. 22 the year before): the parse hangs "Friday" on
    // "shooting", tagged as a verb
    String spec = "Half/NN/half>4:nsubj of/IN/of>3:case the/DT/the>3:det suspects/NNS/suspect>0:nmod "
        + "arrested/VBN/arrest>-1:root for/IN/for>8:case their/PRP$/they>8:nmod:poss alleged/JJ/alleged>8:amod "
        + "participation/NN/participation>4:obl in/IN/in>13:case the/DT/the>13:det Bunny/NNP/bunny>13:compound "
        + "Friend/NNP/friend>13:compound Park/NNP/park>8:nmod shooting/VBG/shoot>8:acl "
        + "accepted/VBN/accept>17:amod plea/NN/plea>17:compound deals/NNS/deal>14:obj "
        + "Friday/NNP/friday>14:obl:tmod ././.>4:punct";
    DateResolver.Expression friday = new DateResolver.Expression(18, 18, "Friday");
    assertThat(EventDays.attachedToEvent(parsed(spec), friday, List.of())).isFalse();
    // with no verb between the gerund and the day, the day hangs on the event
    String noVerb = spec.replace("accepted/VBN/accept>17:amod", "accepted/JJ/accepted>17:amod");
    assertThat(EventDays.attachedToEvent(parsed(noVerb), friday, List.of())).isTrue();
  }
}

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

package org.vigil.pipeline.extract;

import static org.vigil.pipeline.extract.CountReading.FREE;
import static org.vigil.pipeline.extract.FigureRules.DEAD;
import static org.vigil.pipeline.extract.FigureRules.HURT;
import static org.vigil.pipeline.extract.FigureRules.TIME_UNITS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.FigureKind;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.extract.FigureRules.Classified;

/**
 * A count that updates an earlier one, read by {@link CountReading} when the verb is one of update or the count the
 * predicate of a copula: "the number of hostages freed was raised to 32", "the death toll rose to 15", "the death
 * toll … is at least 253". Stateless.
 */
final class TollUpdates {
  private TollUpdates() {}

  /** Crimes a "number of …" counts across a city or a year: a statistic, not an incident's toll. */
  private static final Set<String> CRIME_COUNTS = Set.of("murder", "homicide", "shooting", "crime");

  static Classified toll(Sentence s, int verb, NumberPhrase np) {
    List<Token> t = s.tokens();
    if (np.last() + 1 < t.size() && TIME_UNITS.contains(t.get(np.last() + 1).lemma())) {
      return null;
    }
    List<Integer> heads = new ArrayList<>(s.children(verb, "nsubj"));
    heads.addAll(s.children(verb, "obj"));
    for (int subj : heads) {
      String head = t.get(subj).lemma();
      if (!(head.equals("number") || head.equals("toll") || head.equals("tally") || head.equals("count"))) {
        continue;
      }
      // what the toll counts: "death toll", "number of hostages freed", "number of injured"
      FigureKind kind = null;
      int[] np2 = Phrases.nounPhrase(s, subj);
      int end = Math.min(t.size() - 1, Math.max(np2[1], subj + 4));
      for (int j = np2[0]; j <= end; j++) {
        String l = t.get(j).lemma();
        String w = t.get(j).lower();
        if (j > subj && t.get(j).isVerb() && !t.get(j).pos().equals("VBN")) {
          break;
        }
        if (CRIME_COUNTS.contains(l) && head.equals("number")) {
          return null; // "the total number of murders in the city has only once exceeded 500"
        }
        if (l.equals("hostage")) {
          kind = FigureKind.HOSTAGES_TAKEN;
        } else if ((FREE.contains(l) || FREE.contains(w)) && kind == FigureKind.HOSTAGES_TAKEN) {
          kind = FigureKind.HOSTAGES_FREED;
        } else if (DEAD.contains(l) || DEAD.contains(w)) {
          kind = kind == null ? FigureKind.KILLED : kind;
        } else if (HURT.contains(l) || HURT.contains(w)) {
          kind = FigureKind.INJURED;
        }
      }
      if (kind != null) {
        return new Classified(kind, "toll-" + t.get(verb).lemma(), Math.min(np2[0], np.first()),
            Math.max(np.last(), verb), true);
      }
    }
    return null;
  }
}

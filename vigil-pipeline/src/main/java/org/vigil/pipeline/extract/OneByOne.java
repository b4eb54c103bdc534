package org.vigil.pipeline.extract;

import static org.vigil.pipeline.extract.FigureRules.SINGULAR;
import static org.vigil.pipeline.extract.PersonWords.AGE_NOUN;
import static org.vigil.pipeline.extract.PersonWords.age;
import static org.vigil.pipeline.extract.PersonWords.counted;
import static org.vigil.pipeline.extract.PersonWords.counts;
import static org.vigil.pipeline.extract.PersonWords.namedAgain;
import static org.vigil.pipeline.extract.UnrealHarm.modal;
import static org.vigil.pipeline.extract.WoundPhrases.shotDead;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.extract.FigureRules.Found;

/**
 * Casualties counted one by one where no number is given: "a man was wounded", "A soldier and a policeman were shot
 * dead" (2), "the shooting death of a 13-year-old boy", "killed his wife and then himself". {@link FigureRules} reads
 * a sentence's numbers first and asks these rules only for the kinds its numbers left out. Stateless.
 *
 * <p>This class reads the deaths ({@link #singleDeaths}, {@link #nominalDeaths}); the injuries are
 * {@link InjuredOneByOne}'s, a killer's own death by his hand {@link KillerSuicide}'s, a harm that did not happen
 * ({@link UnrealHarm#unreal}) {@link UnrealHarm}'s.
 */
final class OneByOne {
  private OneByOne() {}


  /**
   * Deaths counted one by one where no number is given: "A soldier and a policeman were shot dead" (2), "The
   * assailant was killed" (1 perpetrator), "Man gunned down in car" (1), "a 6-year-old is dead" (1), "killed one of
   * his friends" (1).
   */
  static Found singleDeaths(String text, Sentence s, FigureKind kind) {
    List<Token> t = s.tokens();
    for (int v = 0; v < t.size(); v++) {
      Token verb = t.get(v);
      boolean dead = s.hasChild(v, "xcomp", "dead")
          || v + 1 < t.size() && t.get(v + 1).lower().equals("dead") && verb.isVerb();
      boolean gunnedDown = verb.lemma().equals("gun") && v + 1 < t.size() && t.get(v + 1).lower().equals("down");
      boolean kills = verb.isVerb() && (Set.of("kill", "murder", "slay", "behead", "execute", "assassinate")
          .contains(verb.lemma()) || dead || gunnedDown || verb.lemma().equals("shoot") && shotDead(s, v));
      boolean dies = verb.isVerb() && verb.lemma().equals("die");
      // "a 6-year-old is dead": the adjective with a copula
      boolean isDead = verb.lower().equals("dead") && !s.children(v, "cop").isEmpty();
      // "a shooting left a 16-year-old boy dead": the last person named between the verb and "dead"
      int leftDead = leftDead(s, v);
      if (leftDead >= 0) {
        kills = true;
      }
      if (!kills && !dies && !isDead || UnrealHarm.denied(s, v)) { // "did not die", "is not dead"
        continue;
      }
      List<Integer> args = new ArrayList<>(s.children(v, kills ? "nsubj:pass" : "nsubj"));
      if (leftDead >= 0) {
        args.add(leftDead);
      }
      // "they found 16-year-old John Smith dead": the subject of the complement
      for (int x : s.children(v, "xcomp")) {
        if (t.get(x).lower().equals("dead")) {
          args.addAll(s.children(x, "nsubj"));
        }
      }
      // "The 6-year-old was taken to a hospital but later died": the subject shared with the verb before
      if (args.isEmpty() && (dies || kills) && "conj".equals(s.relation(v)) && s.head(v) >= 0) {
        if (dies) {
          args.addAll(s.children(s.head(v), "nsubj"));
        }
        args.addAll(s.children(s.head(v), "nsubj:pass"));
      }
      // "Man killed, boy injured in shooting": a headline's passive without its auxiliary, parsed as active
      // ("9-year-old boy fatally shot in hunting accident")
      if ((verb.lower().equals("killed") || verb.lower().equals("shot") && shotDead(s, v))
          && s.children(v, "obj").isEmpty() && s.children(v, "aux").isEmpty()) {
        args.addAll(s.children(v, "nsubj"));
      }
      // "A gunman shot and killed a boy", "Teenage girl shot and killed in …": the tagger reads "shot" as a noun, so
      // the one killed is the person right after "killed", else the one named before "shot"
      if (kills && v >= 3 && t.get(v - 1).lower().equals("and") && t.get(v - 2).lower().equals("shot")
          && !t.get(v - 2).isVerb()) {
        int after = personAfter(s, v);
        int before = v - 3;
        if (after >= 0) {
          args.add(after);
        } else if (t.get(before).isNoun() && counts(t.get(before).lemma()) || age(s, before)) {
          args.add(before);
        }
      }
      if (kills) {
        args.addAll(s.children(v, "obj"));
        // "4-year-old fatally shoots self": the one who shot is the one killed
        if (s.children(v, "obj").stream().anyMatch(o -> Set.of("himself", "herself", "self")
            .contains(t.get(o).lower()))) {
          args.addAll(s.children(v, "nsubj"));
        }
        // "a teen killed in a drive-by": the participle modifies its noun
        if ("acl".equals(s.relation(v)) && s.head(v) >= 0) {
          args.add(s.head(v));
        }
        // "Police have identified the teenager fatally shot May 4": the same, whatever the parse makes of it
        int noun = v > 0 && t.get(v - 1).lower().equals("fatally") ? v - 2 : v - 1;
        if (noun >= 0 && t.get(noun).isNoun() && s.children(v, "nsubj").isEmpty()
            && (verb.pos().equals("VBN") || verb.pos().equals("VBD"))) {
          args.add(noun);
        }
      }
      for (int a : args) {
        int count = 0;
        List<Integer> group = new ArrayList<>();
        group.add(a);
        group.addAll(s.children(a, "conj").stream().filter(c -> !namedAgain(s, a, c)).toList());
        if (a == leftDead) {
          // "left a 7-year-old girl dead and her 8-year-old friend injured": only those before "dead"
          int deadAt = deadAfter(t, v);
          group.removeIf(g -> g > deadAt);
        }
        int last = a;
        for (int g : group) {
          Token k = t.get(g);
          boolean perp = Lexicon.PERPETRATOR_NOUNS.contains(k.lemma());
          if ((kind == FigureKind.PERPETRATORS_KILLED) != perp) {
            continue;
          }
          // "killed one of his friends"
          boolean oneOf = k.lower().equals("one") && g + 1 < t.size() && t.get(g + 1).lower().equals("of");
          boolean singular = ((k.pos().equals("NN") || k.pos().equals("NNP")) && (counts(k.lemma()) || perp)
              || age(s, g))
              && !counted(s, g) || oneOf && !perp;
          // "the gunfire erupted, killing him": one person, whoever it is; so are "she later died", "he was
          // pronounced dead"
          boolean pronoun = !perp && (kills && Set.of("him", "her").contains(k.lower())
              || Set.of("he", "she").contains(k.lower()) && (dies || dead) && !modal(s, v));
          boolean person = k.ner().equals("PERSON") && !k.pos().equals("PRP") || pronoun;
          if (singular || person) {
            count++;
            last = Math.max(last, g);
          }
        }
        if (count > 0) {
          int first = Math.min(a, v);
          Figure f = new Figure(kind, count, count, count, org.vigil.model.Qualifier.EXACT, String.valueOf(count),
              SINGULAR, Phrases.evidence(text, s, first, Math.max(last, v)));
          return new Found(f, false);
        }
      }
    }
    return null;
  }

  /** The one person named right after token {@code v} ("killed a 16-year-old boy"), or -1. */
  private static int personAfter(Sentence s, int v) {
    List<Token> t = s.tokens();
    for (int j = v + 1; j < Math.min(t.size(), v + 9); j++) {
      Token k = t.get(j);
      if (k.isNoun() && counts(k.lemma()) && !(j + 1 < t.size() && t.get(j + 1).isNoun()) || age(s, j)) {
        return k.pos().equals("NNS") ? -1 : j;
      }
      if (!(k.pos().equals("DT") || k.pos().equals("PRP$") || k.pos().startsWith("JJ") || k.pos().equals("CD")
          || k.word().equals("-") || k.isNoun())) {
        return -1;
      }
    }
    return -1;
  }

  /** The first "dead" within ten tokens after token {@code v}, or the sentence's length. */
  static int deadAfter(List<Token> t, int v) {
    for (int j = v + 1; j < Math.min(t.size(), v + 11); j++) {
      if (t.get(j).lower().equals("dead")) {
        return j;
      }
    }
    return t.size();
  }

  /** The person a verb of leaving leaves dead ("left a 16-year-old boy dead"), or -1. */
  private static int leftDead(Sentence s, int v) {
    if (!leaving(s.tokens().get(v))) {
      return -1;
    }
    return leftInState(s, v + 1, v + 10, k -> k.lower().equals("dead"), k -> false, false);
  }

  /** Whether a token is a verb of leaving ("left a 16-year-old boy dead"): by its lemma or by its form. */
  static boolean leaving(Token k) {
    return k.lemma().equals("leave") || Set.of("left", "leaves", "leaving").contains(k.lower());
  }

  /**
   * The one person a verb of leaving leaves in a state ("left a 16-year-old boy dead", "… dead and his father
   * wounded"), read in the sentence's tokens {@code from} (inclusive) to {@code to} (exclusive, cut at the sentence's
   * end): the last person word (a singular noun that counts, or an age) before the first token {@code state} accepts;
   * -1 when no such token comes in the window, or when first comes a number that is not an age ("left two men dead":
   * a number the counting rules read), a plural noun, or a token {@code breaks} accepts.
   *
   * @param properNames whether a proper noun that counts ({@link PersonWords#counts}) is a person word too
   */
  static int leftInState(Sentence s, int from, int to, Predicate<Token> state, Predicate<Token> breaks,
      boolean properNames) {
    List<Token> t = s.tokens();
    int person = -1;
    for (int j = from; j < Math.min(t.size(), to); j++) {
      Token k = t.get(j);
      if (state.test(k)) {
        return person;
      }
      if (k.pos().equals("CD") && !(j + 2 < t.size() && t.get(j + 1).word().equals("-"))
          || k.pos().equals("NNS") || breaks.test(k)) {
        return -1;
      }
      if ((k.pos().equals("NN") || properNames && k.pos().equals("NNP")) && counts(k.lemma()) || age(s, j)) {
        person = j;
      }
    }
    return -1;
  }

  static final Set<String> DEATH_NOUNS = Set.of("death", "killing", "murder", "slaying", "homicide");

  /**
   * Deaths named by a noun with its victims after "of": "the shooting death of a 13-year-old boy" (1), "the fatal
   * shooting of John Smith" (1), "the killing of two men" (2), "claimed the life of a 9-year-old" (1). Counted one
   * by one like {@link #singleDeaths}, so an
   * explicit count in the incident's sentences wins.
   */
  static Found nominalDeaths(String text, Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      boolean deathNoun = k.isNoun() && DEATH_NOUNS.contains(k.lemma());
      boolean fatalShooting = k.lower().equals("shooting") && i > 0
          && Set.of("fatal", "deadly").contains(t.get(i - 1).lower());
      // "a shooting that claimed the life of a 9-year-old"
      boolean lifeTaken = k.lemma().equals("life") && i > 1 && t.get(i - 1).lower().equals("the")
          && Set.of("claim", "take").contains(t.get(i - 2).lemma());
      if (!(deathNoun || fatalShooting || lifeTaken)) {
        continue;
      }
      if (i + 2 >= t.size() || !t.get(i + 1).lower().equals("of")) {
        // "an accidental shooting death in Eutawville": one death, its victim unnamed
        if (k.lower().equals("death") && i > 0 && t.get(i - 1).lower().equals("shooting")) {
          return one(FigureKind.KILLED, text, s, i - 1, i, 1);
        }
        continue;
      }
      int count = 1;
      for (int j = i + 2; j < Math.min(t.size(), i + 12); j++) {
        Token x = t.get(j);
        if (x.pos().equals("CD") && j + 4 < t.size() && t.get(j + 1).word().equals("-")
            && t.get(j + 2).lower().matches("(year|month|week)s?") && t.get(j + 4).lower().equals("old")) {
          j += 4; // "a 14-year-old boy" (tokens 14 - year - old): an age, not a count
          if (age(s, j)) {
            return one(FigureKind.KILLED, text, s, i, j, count); // "the life of a 9-year-old": the age is the person
          }
          continue;
        }
        if (x.pos().equals("CD")) {
          NumberPhrase np = NumberPhrase.at(s, j);
          if (np == null || NumberPhrase.looksLikeYear(x)) {
            break;
          }
          count = np.best();
          j = np.last();
          continue;
        }
        if (x.pos().equals("DT") || x.pos().equals("PRP$") || x.pos().startsWith("JJ") || x.pos().equals("HYPH")
            || x.pos().equals("NNP") && x.ner().equals("PERSON")) {
          if (x.ner().equals("PERSON") && (j + 1 >= t.size() || !t.get(j + 1).ner().equals("PERSON"))) {
            return one(FigureKind.KILLED, text, s, i, j, count);
          }
          continue;
        }
        if (x.isNoun() && (counts(x.lemma()) || AGE_NOUN.matcher(x.lower()).matches())) {
          return one(FigureKind.KILLED, text, s, i, j, x.pos().equals("NNS") && count == 1 ? 0 : count);
        }
        break;
      }
    }
    return null;
  }

  /**
   * Whether a phrase naming one victim by age ("critically injured a 16-year-old") gives the age that another
   * phrase gives ("has killed a 16-year-old"): one age in each, the same.
   */
  static boolean sameAge(String victim, String other) {
    java.util.regex.Matcher a = AGE_NOUN.matcher(victim);
    if (!a.find()) {
      return false;
    }
    String age = a.group();
    if (a.find()) {
      return false;
    }
    java.util.regex.Matcher b = AGE_NOUN.matcher(other);
    return b.find() && b.group().equals(age) && !b.find();
  }

  /** A count of victims named one by one, as {@link FigureRules#SINGULAR}; null for no count. */
  static Found one(FigureKind kind, String text, Sentence s, int from, int to, int count) {
    if (count <= 0) {
      return null; // "the deaths of teenagers": a number the sentence does not give
    }
    Figure f = new Figure(kind, count, count, count, org.vigil.model.Qualifier.EXACT,
        String.valueOf(count), SINGULAR, Phrases.evidence(text, s, from, to));
    return new Found(f, false);
  }
}

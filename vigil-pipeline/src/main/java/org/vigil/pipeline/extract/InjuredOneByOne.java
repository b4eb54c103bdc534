package org.vigil.pipeline.extract;

import static org.vigil.pipeline.extract.FigureRules.FURTHER_ONE;
import static org.vigil.pipeline.extract.FigureRules.HEADLINE_CONDITIONS;
import static org.vigil.pipeline.extract.FigureRules.MORTALLY;
import static org.vigil.pipeline.extract.FigureRules.SINGULAR;
import static org.vigil.pipeline.extract.FigureRules.SINGULAR_WOUNDED;
import static org.vigil.pipeline.extract.FigureRules.STRUCK_AFTER_SHOTS;
import static org.vigil.pipeline.extract.FigureRules.WOUND_VERBS;
import static org.vigil.pipeline.extract.OneByOne.deadAfter;
import static org.vigil.pipeline.extract.OneByOne.leaving;
import static org.vigil.pipeline.extract.OneByOne.leftInState;
import static org.vigil.pipeline.extract.OneByOne.one;
import static org.vigil.pipeline.extract.PersonWords.age;
import static org.vigil.pipeline.extract.PersonWords.ageWord;
import static org.vigil.pipeline.extract.PersonWords.counts;
import static org.vigil.pipeline.extract.PersonWords.oneVictim;
import static org.vigil.pipeline.extract.UnrealHarm.modal;
import static org.vigil.pipeline.extract.UnrealHarm.unreal;
import static org.vigil.pipeline.extract.WoundPhrases.hospitalAfter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.extract.FigureRules.Found;

/**
 * Injuries counted one by one where no number is given ({@link #singleInjuries}): "a man was wounded", "a boy
 * suffered a gunshot wound", "a child is in serious condition", "the accidental shooting of a 3-year-old". Asked by
 * {@link FigureRules} only when a sentence's numbers left the injured out; the deaths counted one by one are
 * {@link OneByOne}'s. Stateless.
 */
final class InjuredOneByOne {
  private InjuredOneByOne() {}

  /** The condition of someone hurt, as hospitals report it: "in critical condition". */
  private static final Set<String> CONDITIONS = Set.of("critical", "serious", "stable", "fair", "grave",
      "life-threatening");

  /** Limbs, where a shot one gives oneself is rarely fatal: "shot himself in the leg". */
  static final Set<String> LIMBS = Set.of("leg", "hand", "foot", "arm", "finger", "thigh", "knee", "ankle",
      "toe", "shin", "calf", "wrist", "palm");

  /** Verbs of harm told of one person: "a man was wounded", "shot her in the leg". */
  private static final Set<String> HARM_VERBS = Set.of("wound", "injure", "hurt", "shoot", "stab", "graze");

  /**
   * Verbs that put one person hurt in a hospital: "was taken to a hospital", "remains in the hospital", "the injured
   * child was brought to the hospital" (Session 20, hurt20a).
   */
  private static final Set<String> TO_HOSPITAL = Set.of("take", "rush", "transport", "airlift", "fly", "remain",
      "recover", "be", "treat", "admit", "bring");

  /**
   * Injuries counted one by one where no number is given: "A 1-year-old boy shot while riding in a stroller", "a
   * man was wounded", "a girl who was shot …", "a boy suffered a gunshot wound", "a child is in serious condition",
   * "a boy was taken to a hospital", "shot her in the leg".
   * Being shot counts as an injury only when the sentence reports no death; beside deaths only "wounded", "injured"
   * or "hurt" does ("… were killed and a fourth was wounded"). Someone only struck after shots fired ("it fired,
   * hitting an 11-year-old") is read last, when no other verb of the sentence counts anyone
   * ({@link FigureRules#STRUCK_AFTER_SHOTS}).
   */
  static Found singleInjuries(String text, Sentence s) {
    return singleInjuries(text, s, true);
  }

  /** As above; with {@code laterFirst} a harm told in a relative clause waits ({@link RelativeHarm}). */
  private static Found singleInjuries(String text, Sentence s, boolean laterFirst) {
    List<Token> t = s.tokens();
    boolean waited = false;
    boolean waitedWounded = false; // "A, who was wounded in combat, has been taken to …": the one taken was wounded
    boolean deaths = false;
    Found struck = null; // the first one struck after shots fired, read only when no other verb counts anyone
    for (Token k : t) {
      if (Set.of("dead", "die", "kill", "killed", "fatally", "fatal", "death").contains(k.lemma())
          || Set.of("dead", "killed", "fatally", "fatal").contains(k.lower())) {
        deaths = true;
        break;
      }
    }
    for (int v = 0; v < t.size(); v++) {
      Token verb = t.get(v);
      if (laterFirst && RelativeHarm.onALaterSubject(s, v)) {
        waited = true;
        waitedWounded |= WOUND_VERBS.contains(verb.lemma());
        continue;
      }
      List<Integer> args = new ArrayList<>();
      boolean onePerson = false; // the argument found is one person whatever its tags say
      boolean hurtBeside = false; // said to be hurt beside the dead, so not one of them
      boolean survivor = false; // said to have a wound one survives
      boolean struckOnly = false; // only struck after shots fired: FigureRules.STRUCK_AFTER_SHOTS
      if (verb.isVerb() && unreal(s, v)) {
        continue; // "he did not mean to hurt him", "Riley might hurt someone"
      }
      if (deaths) {
        // "three people were shot and killed and a fourth was wounded": beside deaths, only a verb that says
        // wounded (not shot, not fatally) counts someone else hurt
        if (verb.isVerb() && WOUND_VERBS.contains(verb.lemma())
            && s.children(v, "advmod").stream().noneMatch(m -> MORTALLY.contains(t.get(m).lower()))) {
          args.addAll(s.children(v, "nsubj:pass"));
          args.addAll(s.children(v, "obj"));
          args.addAll(InvertedHurt.persons(s, v)); // "Also wounded was a 20-year-old woman"
        } else if (leftHurt(s, v) >= 0) {
          // "left a 6-year-old dead and his father wounded"
          args.add(leftHurt(s, v));
          onePerson = true;
          hurtBeside = true;
        } else if (WoundPhrases.sufferedMinorWound(s, v)) {
          // "… later died, while her mom and the boyfriend suffered minor injuries": survivors beside the dead
          args.addAll(s.children(v, "nsubj"));
          survivor = true;
        } else if (!OtherThanTheDead.hurtBeside(s, v).isEmpty()) {
          // "a woman also suffered a gunshot wound", "A father was killed and his 4-year-old son was shot"
          args.addAll(OtherThanTheDead.hurtBeside(s, v));
          hurtBeside = true;
        } else if (inCare(s, v)) {
          // "four people are dead and another is fighting for her life": one more, in care
          for (int a : subjects(s, v)) {
            if (FURTHER_ONE.contains(t.get(a).lower())) {
              args.add(a);
            }
          }
        }
      } else if (verb.lower().equals("shot") && (!verb.isVerb() || verb.pos().equals("VBN")) && v > 0
          && (ageWord(t, v - 1) || t.get(v - 1).pos().equals("NN") && counts(t.get(v - 1).lemma())
              && !t.get(v - 1).lemma().equals("police"))) {
        // "a report of a 3-year-old shot in the stomach", "a call for a small child shot at a residence", a
        // headline's "Toddler shot in Portland neighborhood" (the participle after its one person, whether the
        // tagger read a noun or annotate.ShotTags made it the verb it is)
        args.add(v - 1);
        onePerson = true;
      } else if (verb.isVerb() && (HARM_VERBS.contains(verb.lemma()) || WoundPhrases.struckByGunfire(s, v)
          || WoundPhrases.struckAfterShots(s, v))) {
        // "it fired, hitting a 14-year-old": struck after shots, and no more than that
        struckOnly = !HARM_VERBS.contains(verb.lemma()) && !WoundPhrases.struckByGunfire(s, v);
        args.addAll(s.children(v, "nsubj:pass"));
        args.addAll(s.children(v, "obj"));
        args.addAll(LimbWound.owners(s, v)); // "one bullet grazed a child's leg"
        args.addAll(ParticipleSubject.hurt(s, v)); // "A 3-year-old girl and 23-year-old woman wounded by gunfire …"
        args.addAll(SaidSubject.hurt(s, v)); // "police said the boy, his grandmother and a man were hit by shots"
        args.addAll(InvertedHurt.persons(s, v)); // "Injured in the gunfire was a 5-year-old boy and a …"
        // "the boy … accidentally shot himself in the leg": whoever the parse makes the subject, one person hurt in
        // a limb by his own shot
        if (s.children(v, "obj").stream().anyMatch(o -> Set.of("himself", "herself").contains(t.get(o).lower()))
            && s.children(v, "obl").stream().anyMatch(o -> LIMBS.contains(t.get(o).lemma()))) {
          args.add(s.children(v, "obj").get(0));
          onePerson = true;
        }
        // a headline's "Boy, 3, wounded in accidental shooting": a passive without its auxiliary or subject
        if (args.isEmpty() && v > 0 && WOUND_VERBS.contains(verb.lemma()) && verb.pos().equals("VBN")
            && headlinePerson(s, v) >= 0) {
          args.add(headlinePerson(s, v));
          onePerson = true;
        }
        // "his 3-year-old son shot himself in the hand": the one hurt is the subject, also the subject of the verb
        // it is coordinated with ("the boy found the gun and shot himself")
        // ("shot his own hand", "shoots self in hand")
        if (s.children(v, "obj").stream().anyMatch(o -> Set.of("himself", "herself", "self").contains(t.get(o).lower())
            || s.hasChild(o, "amod", "own"))) {
          args.addAll(s.children(v, "nsubj"));
          if ("conj".equals(s.relation(v)) && s.head(v) >= 0) {
            args.addAll(s.children(s.head(v), "nsubj"));
          }
        }
        // "a boy shot while riding": the participle modifies its noun
        if ("acl".equals(s.relation(v)) && s.head(v) >= 0) {
          args.add(s.head(v));
        }
      } else if (WoundPhrases.sufferedWound(s, v)) {
        args.addAll(s.children(v, "nsubj")); // "a boy suffered a gunshot wound", "who had sustained a gunshot wound"
        // "located a 13-year-old victim suffering from a gunshot wound": the participle modifies its noun
        if ("acl".equals(s.relation(v)) && s.head(v) >= 0) {
          args.add(s.head(v));
        }
      } else if (v > 0 && HEADLINE_CONDITIONS.contains(verb.lower()) && verb.pos().startsWith("JJ")
          && headlinePerson(s, v) >= 0) {
        // a headline's "Boy stable after accidental shooting", "Girl, 4, critical" (the tagger reads no noun there)
        args.add(headlinePerson(s, v));
        onePerson = true;
      } else if (inCare(s, v)) {
        args.addAll(subjects(s, v));
        // a headline's "Killeen 2-year-old in critical condition from gunshot": no verb, so no subject
        if (args.isEmpty() && verb.lemma().equals("condition") && v >= 3 && t.get(v - 2).lower().equals("in")
            && (ageWord(t, v - 3) || t.get(v - 3).pos().equals("NN") && counts(t.get(v - 3).lemma()))) {
          args.add(v - 3);
          onePerson = true;
        }
      } else {
        continue;
      }
      // "a girl who was shot …": the relative pronoun stands for the noun the clause modifies
      int antecedent = "acl:relcl".equals(s.relation(v)) ? s.head(v) : -1;
      if (antecedent >= 0) {
        args.replaceAll(a -> Set.of("who", "that").contains(t.get(a).lower()) ? antecedent : a);
      }
      for (int a : args) {
        Token k = t.get(a);
        boolean singular = oneVictim(s, a);
        // "shot her in the leg": one person, whoever it is
        boolean pronoun = Set.of("him", "her").contains(k.lower()) && "obj".equals(s.relation(a))
            || Set.of("he", "she").contains(k.lower()) && "nsubj:pass".equals(s.relation(a)) && !modal(s, v);
        boolean person = k.ner().equals("PERSON") && !k.pos().equals("PRP") || pronoun;
        // "a fourth was wounded", "seriously wounded another"
        boolean further = deaths && FURTHER_ONE.contains(k.lower());
        if (singular || person || further || onePerson) {
          // wounded, survived or one more: not one of the dead described again
          boolean wounded = WOUND_VERBS.contains(verb.lemma()) || further || hurtBeside || survivor || waitedWounded
              || s.children(v, "conj").stream().anyMatch(c -> t.get(c).lemma().equals("survive"));
          // "a 15-year-old and a 69-year-old were also hit by gunfire", "injuring Leanne Smith and Dustin Grey": one
          // victim named after another (also after a pronoun: "She and her son were both taken to the hospital")
          int count = 1;
          int last = a;
          for (int c : singular || person ? s.children(a, "conj") : List.<Integer>of()) {
            if ((oneVictim(s, c) || t.get(c).ner().equals("PERSON") && !t.get(c).pos().equals("PRP"))
                && !PersonWords.namedAgain(s, a, c)) {
              count++;
              last = Math.max(last, c);
            }
          }
          // a headline's "10-Year-Old Girl, Teen Shot": people listed before, which the parse does not coordinate
          if (count == 1 && !pronoun && !further) {
            count += PeopleLists.listedBeforeMember(s, a);
          }
          int[] other = coordinatedVictim(s, v, deaths);
          if (other != null && !further && !hurtBeside) {
            count++;
            last = Math.max(last, other[1]);
          }
          Figure f = new Figure(FigureKind.INJURED, count, count, count, org.vigil.model.Qualifier.EXACT,
              String.valueOf(count), wounded ? SINGULAR_WOUNDED : struckOnly ? STRUCK_AFTER_SHOTS : SINGULAR,
              hurtBeside ? Phrases.evidence(text, s, a, last) // the person alone, not the dead named before
                  : Phrases.evidence(text, s, Math.min(a, v), Math.max(last, v)));
          if (struckOnly) {
            struck = struck == null ? new Found(f, false) : struck; // another verb may tell more of them
            break;
          }
          return new Found(f, false);
        }
      }
    }
    if (waited) {
      Found clause = singleInjuries(text, s, false); // no later verb counted anyone: the clause's own count
      return clause != null ? clause : struck;
    }
    if (struck != null) {
      return struck;
    }
    return deaths ? null : nominalInjury(text, s);
  }

  /**
   * A second person hurt in a clause coordinated with the harm verb {@code v}, with a subject of its own: "a
   * 20-year-old woman was shot in the back, and a 5-year-old child was struck in the arm". Beside deaths only a verb
   * that says wounded counts, as in {@link #singleInjuries}. Returns {subject, verb} or null.
   */
  private static int[] coordinatedVictim(Sentence s, int v, boolean deaths) {
    List<Token> t = s.tokens();
    for (int c : s.children(v, "conj")) {
      Token k = t.get(c);
      // ("struck in the arm" after "shot" is struck by the same gunfire)
      boolean harm = k.isVerb() && !unreal(s, c) && (WOUND_VERBS.contains(k.lemma())
          || !deaths && (Set.of("shoot", "graze").contains(k.lemma()) || WoundPhrases.struckByGunfire(s, c)
              || t.get(v).lemma().equals("shoot") && Set.of("strike", "hit").contains(k.lemma())));
      if (!harm || deaths && s.children(c, "advmod").stream().anyMatch(m -> MORTALLY.contains(t.get(m).lower()))) {
        continue;
      }
      for (int a : s.children(c, "nsubj:pass")) {
        if (oneVictim(s, a) || t.get(a).ner().equals("PERSON") && !t.get(a).pos().equals("PRP")) {
          return new int[] {a, c};
        }
      }
    }
    return null;
  }

  /**
   * One person shot, named by a noun with its victim after "of", in a sentence that reports no death: "the accidental
   * shooting of a 3-year-old", "the shooting injury of his nephew", "the shooting of John Smith". Counted as one
   * victim only shot, so deaths reported elsewhere in the incident take it for one of the dead.
   */
  private static Found nominalInjury(String text, Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 0; i + 2 < t.size(); i++) {
      if (!t.get(i).lower().equals("shooting")) {
        continue;
      }
      int of = t.get(i + 1).lower().equals("injury") ? i + 2 : i + 1;
      if (of >= t.size() || !t.get(of).lower().equals("of")) {
        continue;
      }
      for (int j = of + 1; j < Math.min(t.size(), of + 6); j++) {
        Token x = t.get(j);
        if (x.pos().equals("CD") && j + 4 < t.size() && ageWord(t, j + 4)) {
          return one(FigureKind.INJURED, text, s, i, j + 4, 1); // "of a 3-year-old" (tokens 3 - year - old)
        }
        if (x.ner().equals("PERSON") && !x.pos().equals("PRP")
            || x.pos().equals("NN") && counts(x.lemma())) {
          return one(FigureKind.INJURED, text, s, i, j, 1);
        }
        if (!(x.pos().equals("DT") || x.pos().equals("PRP$") || x.pos().startsWith("JJ"))) {
          break;
        }
      }
    }
    return null;
  }

  /**
   * Whether a word puts its subject in a hospital's care: "a girl is in serious condition", "a boy was taken to a
   * hospital", "another is fighting for her life".
   */
  private static boolean inCare(Sentence s, int v) {
    List<Token> t = s.tokens();
    Token verb = t.get(v);
    return verb.lemma().equals("condition") && s.children(v, "amod").stream()
        .anyMatch(m -> CONDITIONS.contains(t.get(m).lower()))
        || TO_HOSPITAL.contains(verb.lemma()) && (hospitalAfter(t, v)
            || !verb.lemma().equals("be") && WoundPhrases.woundAfter(t, v)) // "taken to an ER with a gunshot wound"
        || verb.isVerb() && verb.lower().startsWith("hospitali") // "was hospitalized after an accidental shooting"
        || verb.lemma().equals("fight") && v + 3 < t.size() && t.get(v + 3).lemma().equals("life");
  }

  private static List<Integer> subjects(Sentence s, int v) {
    List<Integer> subjects = new ArrayList<>(s.children(v, "nsubj"));
    subjects.addAll(s.children(v, "nsubj:pass"));
    return subjects;
  }

  /**
   * The one person a verb of leaving leaves hurt beside the dead ("left a 6-year-old dead and his father wounded",
   * "… dead and her 8-year-old friend critically injured"), or -1; not a counted group ("and six others wounded"),
   * which the counting rules read.
   */
  private static int leftHurt(Sentence s, int v) {
    List<Token> t = s.tokens();
    if (!leaving(t.get(v))) {
      return -1;
    }
    int dead = deadAfter(t, v);
    if (dead + 1 >= t.size() || !t.get(dead + 1).lower().equals("and")) {
      return -1;
    }
    return leftInState(s, dead + 2, dead + 10, k -> FigureRules.STATES_HURT.contains(k.lower()),
        k -> k.lower().equals("and") || k.word().equals(","), true);
  }

  /**
   * The person word a condition follows at a headline's start, past an age between commas ("Boy stable", "Girl, 4,
   * critical", "Police: 10-year-old boy critical"), or -1.
   */
  private static int headlinePerson(Sentence s, int condition) {
    List<Token> t = s.tokens();
    int j = condition - 1;
    while (j >= 0 && (t.get(j).word().equals(",") || t.get(j).pos().equals("CD"))) {
      j--;
    }
    if (j < 0 || !counts(t.get(j).lower())) {
      return -1;
    }
    // the headline's start: past a source ("Police: …") and an age ("10-year-old boy critical")
    int start = j > 1 && ageWord(t, j - 1) ? j - 5 : j;
    if (start >= 2 && t.get(start - 1).word().equals(":") && start - 1 <= 3) {
      start = 0;
    }
    return start <= 2 ? j : -1;
  }
}

package org.vigil.pipeline.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * Binds counts to what they count: victims killed or injured, hostages taken or freed, people kidnapped,
 * perpetrators killed or arrested. A number becomes a figure only when a casualty word governs it or stands next to
 * it ("two dead", "killed five people", "Two attackers were killed", "the number of hostages freed was raised to
 * 32"); troop strengths and other counts are left alone.
 */
final class FigureRules {
  private static final Set<String> DEAD = Set.of("dead", "kill", "killed", "die", "death", "fatality", "body",
      "murder", "slay", "execute", "behead", "massacre", "life", "toll", "corpse", "lifeless");
  private static final Set<String> HURT = Set.of("injure", "injured", "wound", "wounded", "hurt", "injury",
      "casualty");
  /** Plural nouns a harm verb counts that are not people or animals: "wounded three times". */
  private static final Set<String> NOT_BEINGS = Set.of("time", "round", "shot", "bullet", "year", "month", "week",
      "day", "hour", "minute", "second", "count", "charge", "building", "house", "home", "car", "vehicle",
      "percent", "dollar", "case", "incident", "shooting", "attack", "wound", "injury", "death", "foot", "mile",
      "yard", "place", "location", "area");
  /** Participles that state a counted group's injuries right after its noun: "six others wounded". */
  private static final Set<String> STATES_HURT = Set.of("wounded", "injured", "hurt");
  private static final Set<String> KIDNAP = Set.of("kidnap", "abduct", "snatch", "kidnapped", "abducted");
  private static final Set<String> FREE = Set.of("free", "release", "rescue", "liberate", "freed", "released",
      "rescued", "evacuate");
  private static final Set<String> HOLD = Set.of("hold", "take", "seize", "captive", "trap");
  private static final Set<String> ARREST = Set.of("arrest", "detain", "capture", "apprehend", "nab");
  private static final Set<String> UPDATE = Set.of("rise", "raise", "climb", "increase", "reach", "jump", "hit",
      "revise", "stand", "grow", "mount", "lower", "reduce", "cut", "put", "bring", "top", "surpass", "exceed");
  private static final Set<String> PEOPLE_WORDS = Set.of("people", "person", "civilian", "man", "woman", "child",
      "student", "tourist", "foreigner", "victim", "worker", "soldier", "policeman", "officer", "resident",
      "villager", "passenger", "member", "national", "citizen", "guest", "staff", "worshipper", "pilgrim",
      "teenager", "boy", "girl", "adult", "hostage", "employee", "guard", "peasant", "bystander", "customer",
      "patron", "journalist", "teacher", "pupil", "family", "relative", "other", "individual", "youth", "personnel",
      "troop", "policemen", "police", "security", "hiker", "shopper", "diner", "parishioner", "spectator",
      "survivor", "casualty", "american", "briton", "local");
  /**
   * Further words for one person that a casualty count may bind to ("shot and killed his 13-year-old brother"),
   * kept out of {@link #isPeople}: as MUC-4 victims they cost more precision than they bring.
   */
  private static final Set<String> PERSON_WORDS = Set.of("teen", "toddler", "baby", "infant", "kid",
      "son", "daughter", "brother", "sister", "father", "mother", "husband", "wife", "friend", "neighbor",
      "neighbour", "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather",
      "grandmother", "stepson", "stepdaughter", "stepfather", "stepmother", "boyfriend", "girlfriend", "sibling",
      "deputy", "trooper", "sophomore", "freshman", "classmate", "roommate", "companion", "partygoer",
      "motorist", "driver", "rider", "occupant", "pedestrian", "juvenile", "minor", "male", "female", "clerk",
      "homeowner", "tenant", "acquaintance", "coworker", "co-worker", "grandchild", "child", "twin");

  /** "a 16-year-old", "the 3-year-old": an age standing for a person. */
  private static final java.util.regex.Pattern AGE_NOUN = java.util.regex.Pattern.compile("\\d+-(year|month)-old");

  /** The rule of an injured figure that counts everyone shot, the dead included ("six people were shot"). */
  static final String SHOT_TOTAL = "shot-total";
  /** The rule of a figure counted one by one ("a man was wounded"): an explicit count replaces it. */
  static final String SINGULAR = "singular-victims";
  /**
   * The rule of one person said to be wounded, injured or hurt, or shot and survived ("… killed and a fourth was
   * wounded", "his wife was shot but survived"): someone other than the dead, so it stands beside them (a victim
   * only said to be shot may be one of the dead described again); an explicit count replaces it.
   */
  static final String SINGULAR_WOUNDED = "singular-wounded";
  /** Verbs that say someone was hurt (not only shot). */
  private static final Set<String> WOUND_VERBS = Set.of("wound", "injure", "hurt");
  /** Adverbs that make a wound a death: "fatally wounded". */
  private static final Set<String> MORTALLY = Set.of("fatally", "mortally");
  /** Negations that make a harm one that did not happen. */
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  /** A headline's condition after a person word: "Boy stable after accidental shooting". */
  private static final Set<String> HEADLINE_CONDITIONS = Set.of("stable", "critical");
  /** What strikes someone who is shot: "struck by gunfire", "hit by a bullet". */
  private static final Set<String> GUNFIRE = Set.of("gunfire", "bullet", "gunshot", "shot", "round");
  /** Punctuation that opens a headline's clause: "7 Shot, 3 Dead". */
  private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", ":", "-", "--", "\u2013", "\u2014");
  /** Words for one more person: "a fourth was wounded", "wounded another". */
  private static final Set<String> FURTHER_ONE = Set.of("another", "second", "third", "fourth", "fifth", "sixth");

  private FigureRules() {}

  /** Whether a lemma names people ("civilian", "policeman", "tourist"). */
  static boolean isPeople(String lemma) {
    return PEOPLE_WORDS.contains(lemma);
  }

  /** Whether a casualty count may count this noun: people words, kin and ages ("a 16-year-old"). */
  private static boolean counts(String lemma) {
    return PEOPLE_WORDS.contains(lemma) || PERSON_WORDS.contains(lemma) || AGE_NOUN.matcher(lemma).matches()
        // the lemmatiser leaves some plurals alone ("teens", "troops")
        || lemma.endsWith("s") && (PERSON_WORDS.contains(lemma.substring(0, lemma.length() - 1))
            || PEOPLE_WORDS.contains(lemma.substring(0, lemma.length() - 1)));
  }

  /** A figure found in a sentence, with whether it updates an earlier figure ("raised to 32"). */
  record Found(Figure figure, boolean update) {}

  static List<Found> figures(String text, Sentence s) {
    List<Found> out = new ArrayList<>();
    EnumSet<FigureKind> seen = EnumSet.noneOf(FigureKind.class);
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      NumberPhrase np = NumberPhrase.at(s, i);
      if (np == null || NumberPhrase.looksLikeYear(t.get(i))) {
        continue;
      }
      Classified c = classify(s, np);
      i = Math.max(i, np.last());
      if (c == null) {
        continue;
      }
      String phrase = np.phrase(text, s);
      Integer high = np.high() == null ? null : np.high() + c.extra;
      Figure f = new Figure(c.kind, np.low() + c.extra, np.best() + c.extra, high, np.qualifier(),
          c.extra == 0 ? phrase : phrase + " + " + c.extra, c.rule,
          Phrases.evidence(text, s, Math.min(np.first(), c.from), Math.max(np.last(), c.to)));
      if (seen.contains(c.kind)) {
        // "61 civilians … dead and six security personnel died": separate groups joined by "and" add up; a
        // breakdown ("20 dead - six Malians and 14 foreigners", "including …") does not
        int idx = indexOf(out, c.kind);
        Figure prev = out.get(idx).figure();
        String between = text.substring(Math.min(prev.evidence().span().end(), f.evidence().span().start()),
            f.evidence().span().start());
        if (ADDS_UP.matcher(between).find() && !BREAKDOWN.matcher(between).find()) {
          out.set(idx, new Found(sum(text, s, prev, f), out.get(idx).update()));
        }
        continue;
      }
      seen.add(c.kind);
      out.add(new Found(f, c.update));
    }
    if (!seen.contains(FigureKind.KILLED)) {
      Found one = singleDeaths(text, s, FigureKind.KILLED);
      if (one == null) {
        one = nominalDeaths(text, s);
      }
      if (one != null) {
        out.add(one);
      }
    }
    if (!seen.contains(FigureKind.KILLED)) {
      Found several = multiple(text, s, DEATH_NOUNS, FigureKind.KILLED, MULTIPLE_DEATHS);
      if (several != null) {
        out.removeIf(f -> f.figure().kind() == FigureKind.KILLED && f.figure().best() < several.figure().best());
        if (out.stream().noneMatch(f -> f.figure().kind() == FigureKind.KILLED)) {
          out.add(several);
          seen.add(FigureKind.KILLED);
        }
      }
    }
    if (!seen.contains(FigureKind.INJURED)) {
      Found several = multiple(text, s, Set.of("shooting"), FigureKind.INJURED, SHOT_TOTAL);
      if (several != null) {
        out.add(several);
        seen.add(FigureKind.INJURED);
      }
    }
    if (!seen.contains(FigureKind.INJURED)) {
      Found one = singleInjuries(text, s);
      if (one != null) {
        out.add(one);
      }
    }
    if (!seen.contains(FigureKind.PERPETRATORS_KILLED)) {
      Found one = singleDeaths(text, s, FigureKind.PERPETRATORS_KILLED);
      if (one == null) {
        one = suicide(text, s);
      }
      if (one != null) {
        out.add(one);
      }
    }
    return out;
  }

  static final String MULTIPLE_DEATHS = "multiple-deaths";

  private static final java.util.Map<String, Integer> MULTIPLES = java.util.Map.of("double", 2, "triple", 3,
      "quadruple", 4, "quintuple", 5);

  /**
   * A count in a multiplying word: "a triple shooting" (three shot, the dead among them), "a quadruple homicide"
   * (four dead).
   */
  private static Found multiple(String text, Sentence s, Set<String> nouns, FigureKind kind, String rule) {
    List<Token> t = s.tokens();
    for (int i = 0; i + 1 < t.size(); i++) {
      Integer n = MULTIPLES.get(t.get(i).lower());
      if (n != null && nouns.contains(t.get(i + 1).lemma())) {
        Figure f = new Figure(kind, n, n, n, org.vigil.model.Qualifier.EXACT, t.get(i).word(), rule,
            Phrases.evidence(text, s, i, i + 1));
        return new Found(f, false);
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern ADDS_UP = java.util.regex.Pattern.compile("\\band\\b");
  private static final java.util.regex.Pattern BREAKDOWN = java.util.regex.Pattern.compile(
      "(?i)\\b(including|among|of whom|of them|among them)\\b|[:\u2013\u2014(]| - ");

  private static int indexOf(List<Found> out, FigureKind kind) {
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).figure().kind() == kind) {
        return i;
      }
    }
    return -1;
  }

  private static Figure sum(String text, Sentence s, Figure a, Figure b) {
    Integer high = a.high() == null || b.high() == null ? null : a.high() + b.high();
    org.vigil.model.Span span = new org.vigil.model.Span(a.evidence().span().start(), b.evidence().span().end());
    return new Figure(a.kind(), a.low() + b.low(), a.best() + b.best(), high,
        a.qualifier() == b.qualifier() ? a.qualifier() : org.vigil.model.Qualifier.AT_LEAST,
        a.phrase() + " + " + b.phrase(), "sum-of-groups", Phrases.evidence(text, s, span));
  }

  /** The condition of someone hurt, as hospitals report it: "in critical condition". */
  private static final Set<String> CONDITIONS = Set.of("critical", "serious", "stable", "fair", "grave",
      "life-threatening");

  /** Verbs that put one person hurt in a hospital: "was taken to a hospital", "remains in the hospital". */
  private static final Set<String> TO_HOSPITAL = Set.of("take", "rush", "transport", "airlift", "fly", "remain",
      "recover", "be", "treat", "admit");

  /**
   * Injuries counted one by one where no number is given: "A 1-year-old boy shot while riding in a stroller", "a
   * man was wounded", "a girl who was shot …", "a boy suffered a gunshot wound", "a child is in serious condition",
   * "a boy was taken to a hospital", "shot her in the leg".
   * Being shot counts as an injury only when the sentence reports no death; beside deaths only "wounded", "injured"
   * or "hurt" does ("… were killed and a fourth was wounded").
   */
  private static Found singleInjuries(String text, Sentence s) {
    List<Token> t = s.tokens();
    boolean deaths = false;
    for (Token k : t) {
      if (Set.of("dead", "die", "kill", "killed", "fatally", "fatal", "death").contains(k.lemma())
          || Set.of("dead", "killed", "fatally", "fatal").contains(k.lower())) {
        deaths = true;
        break;
      }
    }
    for (int v = 0; v < t.size(); v++) {
      Token verb = t.get(v);
      List<Integer> args = new ArrayList<>();
      boolean onePerson = false; // the argument found is one person whatever its tags say
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
        } else if (inCare(s, v)) {
          // "four people are dead and another is fighting for her life": one more, in care
          for (int a : subjects(s, v)) {
            if (FURTHER_ONE.contains(t.get(a).lower())) {
              args.add(a);
            }
          }
        }
      } else if (verb.lower().equals("shot") && !verb.isVerb() && v > 0 && (ageWord(t, v - 1)
          || t.get(v - 1).pos().equals("NN") && counts(t.get(v - 1).lemma())
              && !t.get(v - 1).lemma().equals("police"))) {
        // "a report of a 3-year-old shot in the stomach", "a call for a small child shot at a residence" (the tagger
        // reads "shot" as a noun)
        args.add(v - 1);
        onePerson = true;
      } else if (verb.isVerb() && Set.of("wound", "injure", "hurt", "shoot", "stab").contains(verb.lemma())) {
        args.addAll(s.children(v, "nsubj:pass"));
        args.addAll(s.children(v, "obj"));
        // "his 3-year-old son shot himself in the hand": the one hurt is the subject, also the subject of the verb
        // it is coordinated with ("the boy found the gun and shot himself")
        // ("shot his own hand", "shoots self in hand")
        if (s.children(v, "obj").stream().anyMatch(o -> Set.of("himself", "herself", "self").contains(t.get(o).lower())
            || s.children(o, "amod").stream().anyMatch(m -> t.get(m).lower().equals("own")))) {
          args.addAll(s.children(v, "nsubj"));
          if ("conj".equals(s.relation(v)) && s.head(v) >= 0) {
            args.addAll(s.children(s.head(v), "nsubj"));
          }
        }
        // "a boy shot while riding": the participle modifies its noun
        if ("acl".equals(s.relation(v)) && s.head(v) >= 0) {
          args.add(s.head(v));
        }
      } else if (verb.isVerb() && verb.lemma().equals("suffer") && s.children(v, "obj").stream()
          .anyMatch(o -> Set.of("wound", "injury").contains(t.get(o).lemma()))) {
        args.addAll(s.children(v, "nsubj")); // "a boy suffered a gunshot wound"
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
        boolean singular = ((k.pos().equals("NN") || k.pos().equals("NNP")) && counts(k.lemma()) || age(s, a))
            && !counted(s, a) && !Lexicon.PERPETRATOR_NOUNS.contains(k.lemma());
        // "shot her in the leg": one person, whoever it is
        boolean pronoun = Set.of("him", "her").contains(k.lower()) && "obj".equals(s.relation(a))
            || Set.of("he", "she").contains(k.lower()) && "nsubj:pass".equals(s.relation(a)) && !modal(s, v);
        boolean person = k.ner().equals("PERSON") && !k.pos().equals("PRP") || pronoun;
        // "a fourth was wounded", "seriously wounded another"
        boolean further = deaths && FURTHER_ONE.contains(k.lower());
        if (singular || person || further || onePerson) {
          // wounded, survived or one more: not one of the dead described again
          boolean wounded = WOUND_VERBS.contains(verb.lemma()) || further
              || s.children(v, "conj").stream().anyMatch(c -> t.get(c).lemma().equals("survive"));
          Figure f = new Figure(FigureKind.INJURED, 1, 1, 1, org.vigil.model.Qualifier.EXACT, "1",
              wounded ? SINGULAR_WOUNDED : SINGULAR, Phrases.evidence(text, s, Math.min(a, v), Math.max(a, v)));
          return new Found(f, false);
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
        || TO_HOSPITAL.contains(verb.lemma()) && hospitalAfter(t, v)
        || verb.lemma().equals("fight") && v + 3 < t.size() && t.get(v + 3).lemma().equals("life");
  }

  private static List<Integer> subjects(Sentence s, int v) {
    List<Integer> subjects = new ArrayList<>(s.children(v, "nsubj"));
    subjects.addAll(s.children(v, "nsubj:pass"));
    return subjects;
  }

  /**
   * Deaths counted one by one where no number is given: "A soldier and a policeman were shot dead" (2), "The
   * assailant was killed" (1 perpetrator), "Man gunned down in car" (1), "a 6-year-old is dead" (1), "killed one of
   * his friends" (1).
   */
  private static Found singleDeaths(String text, Sentence s, FigureKind kind) {
    List<Token> t = s.tokens();
    for (int v = 0; v < t.size(); v++) {
      Token verb = t.get(v);
      boolean dead = s.children(v, "xcomp").stream().anyMatch(x -> t.get(x).lower().equals("dead"))
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
      if (!kills && !dies && !isDead) {
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
        group.addAll(s.children(a, "conj"));
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

  /** "He could have died", "she would be dead": a death that did not happen. */
  private static boolean modal(Sentence s, int v) {
    return s.children(v, "aux").stream().anyMatch(a -> s.tokens().get(a).pos().equals("MD"));
  }

  /** A harm that did not happen: under a modal, negated, or an infinitive ("did not mean to hurt him"). */
  private static boolean unreal(Sentence s, int v) {
    return modal(s, v) || s.children(v, "advmod").stream()
        .anyMatch(a -> NEGATIONS.contains(s.tokens().get(a).lower()))
        || s.children(v, "mark").stream().anyMatch(m -> s.tokens().get(m).lower().equals("to"));
  }

  /**
   * A killer who killed himself: "the gunman then killed himself", "turned the gun on herself", "took his own life",
   * "a murder-suicide" (one perpetrator dead, whoever the sentence names).
   */
  private static Found suicide(String text, Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).lower();
      boolean murderSuicide = w.equals("murder-suicide") || w.equals("suicide") && i >= 2
          && t.get(i - 1).word().equals("-") && t.get(i - 2).lower().equals("murder");
      boolean self = REFLEXIVES.contains(w);
      // "killed himself", "killing 2, then himself", "killed his daughter and then himself"
      boolean killedSelf = self && i >= 1 && (t.get(i - 1).lemma().equals("kill")
          || t.get(i - 1).lower().equals("then") && t.subList(0, i).stream().anyMatch(k -> k.lemma().equals("kill")));
      boolean gunOnSelf = self && i >= 3 && t.get(i - 1).lower().equals("on") && t.get(i - 2).lemma().equals("gun")
          && Set.of("the", "a").contains(t.get(i - 3).lower());
      boolean ownLife = w.equals("life") && i >= 3 && t.get(i - 1).lower().equals("own")
          && Set.of("his", "her").contains(t.get(i - 2).lower()) && t.get(i - 3).lemma().equals("take");
      // "four people dead in a murder-suicide": the dead counted there include the killer
      if (murderSuicide && !namesDeaths(t) || (killedSelf || gunOnSelf || ownLife) && killedOthers(t, i)) {
        Figure f = new Figure(FigureKind.PERPETRATORS_KILLED, 1, 1, 1, org.vigil.model.Qualifier.EXACT, "1",
            SINGULAR, Phrases.evidence(text, s, Math.max(0, i - 3), i));
        return new Found(f, false);
      }
    }
    return null;
  }

  private static final Set<String> REFLEXIVES = Set.of("himself", "herself");
  private static final Set<String> DEATH_WORDS = Set.of("dead", "killed", "died", "deaths", "slain");
  private static final Set<String> HARM_LEMMAS = Set.of("kill", "shoot", "murder", "stab");
  /** Words after a harm verb that give it no object of its own: "shot and killed himself", "shot to death". */
  private static final Set<String> NO_OBJECT = Set.of("and", "himself", "herself", "dead", "to");

  /** Whether the sentence counts dead with a word of its own ("dead", "killed", "died", "deaths", "slain"). */
  private static boolean namesDeaths(List<Token> t) {
    return t.stream().anyMatch(k -> DEATH_WORDS.contains(k.lower()));
  }

  /**
   * Whether the one who killed himself at {@code self} killed others first: a perpetrator noun before it ("the gunman
   * then killed himself"), or a harm verb with an object of its own ("shot three people before turning the gun on
   * himself"), not "the boy shot and killed himself".
   */
  private static boolean killedOthers(List<Token> t, int self) {
    for (int j = 0; j < self - 1; j++) {
      Token k = t.get(j);
      if (Lexicon.PERPETRATOR_NOUNS.contains(k.lemma())) {
        return true;
      }
      if (k.isVerb() && HARM_LEMMAS.contains(k.lemma()) && j + 1 < self - 1
          && !NO_OBJECT.contains(t.get(j + 1).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The person a verb of leaving leaves dead ("left a 16-year-old boy dead"), or -1. */
  private static int leftDead(Sentence s, int v) {
    List<Token> t = s.tokens();
    if (!t.get(v).lemma().equals("leave") && !Set.of("left", "leaves", "leaving").contains(t.get(v).lower())) {
      return -1;
    }
    int person = -1;
    for (int j = v + 1; j < Math.min(t.size(), v + 10); j++) {
      Token k = t.get(j);
      if (k.lower().equals("dead")) {
        return person;
      }
      if (k.pos().equals("CD") && !(j + 2 < t.size() && t.get(j + 1).word().equals("-"))
          || k.pos().equals("NNS")) {
        return -1; // "left two men dead": a number the counting rules read
      }
      if (k.pos().equals("NN") && counts(k.lemma()) || age(s, j)) {
        person = j;
      }
    }
    return -1;
  }

  private static final java.util.regex.Pattern AGE_UNIT = java.util.regex.Pattern.compile("(year|month|week|day)s?");

  /** Whether the number at token {@code n} opens an age: "16 - year - old". */
  private static boolean opensAge(List<Token> t, int n) {
    return n + 2 < t.size() && t.get(n + 1).word().equals("-") && AGE_UNIT.matcher(t.get(n + 2).lower()).matches();
  }

  /** Whether token {@code i} ends an age used as a noun: "a 9-year-old" (tokens 9 - year - old). */
  private static boolean age(Sentence s, int i) {
    List<Token> t = s.tokens();
    return ageWord(t, i) && !(i + 1 < t.size() && t.get(i + 1).isNoun());
  }

  /** Whether a token ends an age ("3-year-old"), whatever follows it. */
  private static boolean ageWord(List<Token> t, int i) {
    return i >= 4 && t.get(i).lower().equals("old") && t.get(i - 1).word().equals("-")
        && t.get(i - 4).pos().equals("CD") && opensAge(t, i - 4);
  }

  /** Whether a noun has a count of its own ("two men"); the number of an age ("a 16-year-old boy") is not one. */
  private static boolean counted(Sentence s, int noun) {
    return s.children(noun, "nummod").stream().anyMatch(c -> !opensAge(s.tokens(), c));
  }

  private static final Set<String> DEATH_NOUNS = Set.of("death", "killing", "murder", "slaying", "homicide");

  /**
   * Deaths named by a noun with its victims after "of": "the shooting death of a 13-year-old boy" (1), "the fatal
   * shooting of John Smith" (1), "the killing of two men" (2), "claimed the life of a 9-year-old" (1). Counted one
   * by one like {@link #singleDeaths}, so an
   * explicit count in the incident's sentences wins.
   */
  private static Found nominalDeaths(String text, Sentence s) {
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
          return one(text, s, i - 1, i, 1);
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
            return one(text, s, i, j, count); // "the life of a 9-year-old": the age is the person
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
            return one(text, s, i, j, count);
          }
          continue;
        }
        if (x.isNoun() && (counts(x.lemma()) || AGE_NOUN.matcher(x.lower()).matches())) {
          return one(text, s, i, j, x.pos().equals("NNS") && count == 1 ? 0 : count);
        }
        break;
      }
    }
    return null;
  }

  private static Found one(String text, Sentence s, int from, int to, int count) {
    if (count <= 0) {
      return null; // "the deaths of teenagers": a number the sentence does not give
    }
    Figure f = new Figure(FigureKind.KILLED, count, count, count, org.vigil.model.Qualifier.EXACT,
        String.valueOf(count), SINGULAR, Phrases.evidence(text, s, from, to));
    return new Found(f, false);
  }

  /**
   * What a number phrase counts.
   *
   * @param extra people named beside the counted ones without a number of their own, to add to the count ("a woman
   *     and two other men were shot": 1)
   */
  private record Classified(FigureKind kind, String rule, int from, int to, boolean update, int extra) {
    Classified(FigureKind kind, String rule, int from, int to, boolean update) {
      this(kind, rule, from, to, update, 0);
    }
  }

  private static Classified classify(Sentence s, NumberPhrase np) {
    List<Token> t = s.tokens();
    int n = np.numberToken();
    int after = np.last() + 1;
    // the counted noun: skip adjectives and participles between number and noun ("four suspected jihadists")
    int noun = -1;
    for (int j = after; j < Math.min(t.size(), after + 4); j++) {
      Token k = t.get(j);
      if (k.isNoun()) {
        noun = j;
        if (j + 1 < t.size() && t.get(j + 1).isNoun() && !t.get(j + 1).isProperNoun()) {
          continue;
        }
        break;
      }
      // "one seriously wounded", "one critically injured": an adverb before the participle
      if (!(k.pos().startsWith("JJ") || k.pos().equals("VBN") || k.pos().equals("HYPH")
          || k.pos().equals("RB") && j + 1 < t.size() && HURT.contains(t.get(j + 1).lower()))) {
        break;
      }
      if (DEAD.contains(k.lemma()) || DEAD.contains(k.lower())) {
        return new Classified(FigureKind.KILLED, "number-dead", n, j, false);
      }
      if (HURT.contains(k.lower())) {
        return new Classified(FigureKind.INJURED, "number-injured", n, j, false);
      }
    }
    // "two of the attackers", "five of them": the counted noun follows "of"
    if (noun < 0 && after + 1 < t.size() && t.get(after).lower().equals("of")) {
      for (int j = after + 1; j < Math.min(t.size(), after + 5); j++) {
        if (t.get(j).isNoun()) {
          noun = j;
          break;
        }
        if (!(t.get(j).pos().equals("DT") || t.get(j).pos().startsWith("JJ") || t.get(j).pos().equals("PRP$"))) {
          break;
        }
      }
    }
    if (after < t.size()) {
      Token a = t.get(after);
      // "Four teens shot, one fatally": the one is among the dead
      if (a.lower().equals("fatally") && (after + 1 >= t.size() || !t.get(after + 1).isVerb())) {
        return new Classified(FigureKind.KILLED, "number-fatally", n, after, false);
      }
      if (DEAD.contains(a.lower()) || a.lemma().equals("death") || a.lemma().equals("fatality")
          || a.lemma().equals("body")) {
        return new Classified(FigureKind.KILLED, "number-dead", n, after, false);
      }
      if (HURT.contains(a.lower()) || a.lemma().equals("injury")) {
        return new Classified(FigureKind.INJURED, "number-injured", n, after, false);
      }
    }
    boolean perp = noun >= 0 && Lexicon.PERPETRATOR_NOUNS.contains(t.get(noun).lemma());
    // "left one man dead and six others wounded": the state right after the counted noun (the parse often reads
    // "six others" as the subject of "wounded")
    if (noun >= 0 && noun + 1 < t.size() && (counts(t.get(noun).lemma()) || perp)) {
      String state = t.get(noun + 1).lower();
      if (state.equals("dead")) {
        return new Classified(perp ? FigureKind.PERPETRATORS_KILLED : FigureKind.KILLED, "number-noun-dead", n,
            noun + 1, false);
      }
      if (STATES_HURT.contains(state)) {
        return new Classified(FigureKind.INJURED, "number-noun-injured", n, noun + 1, false);
      }
      // "left four troops including the gunman dead and 16 others injured": the state a little further on
      FigureKind left = leftInState(s, noun);
      if (left != null) {
        return new Classified(perp && left == FigureKind.KILLED ? FigureKind.PERPETRATORS_KILLED : left,
            "number-left-" + (left == FigureKind.KILLED ? "dead" : "injured"), n, noun, false);
      }
      // "the identities of two men shot and killed in a house party"
      if (state.equals("shot") && !perp && noun + 3 < t.size() && t.get(noun + 2).lower().equals("and")
          && t.get(noun + 3).lemma().equals("kill")) {
        return new Classified(FigureKind.KILLED, "number-noun-dead", n, noun + 3, false);
      }
      // a headline's "Four teens shot after party": everyone hit, like "four teens were shot"
      if (state.equals("shot") && !perp && headlineClause(s, np.first())) {
        return new Classified(FigureKind.INJURED, SHOT_TOTAL, n, noun + 1, false);
      }
    }
    // "7 Shot, 3 Dead after drive-by"
    if ((noun < 0 || noun == after) && after < t.size() && t.get(after).lower().equals("shot")
        && headlineClause(s, np.first())
        && (after + 1 >= t.size() || !t.get(after + 1).isVerb())) {
      return new Classified(FigureKind.INJURED, SHOT_TOTAL, n, after, false);
    }
    boolean hostage = noun >= 0 && t.get(noun).lemma().equals("hostage");
    boolean people = noun >= 0 && (counts(t.get(noun).lemma()) || hostage
        || t.get(noun).ner().equals("MISC") || perp);
    if (noun < 0 && after < t.size() && t.get(after).isVerb()) {
      people = true; // "five were killed"
    }
    // "shoots 4 relatives, killing 2": a bare number right after a harm verb counts people
    int harmBefore = np.first() - 1;
    if (noun < 0 && harmBefore >= 0 && t.get(harmBefore).isVerb()
        && Set.of("kill", "wound", "injure", "shoot", "murder").contains(t.get(harmBefore).lemma())) {
      people = true;
    }
    // a verb governing the counted noun, or the number itself: "killed five people", "Two attackers were killed",
    // "hostages freed"
    int anchor = noun >= 0 ? noun : n;
    // "a total of 38 British tourists were killed": the verb governs "total"
    if (s.head(anchor) >= 0 && "nmod".equals(s.relation(anchor))
        && Set.of("total", "number", "group", "majority").contains(t.get(s.head(anchor)).lemma())) {
      anchor = s.head(anchor);
    }
    // "a woman and two other men were shot", "two men and a woman were killed": the verb governs the first of the
    // coordinated nouns, and the people named one by one beside the counted ones add to the count (a list of
    // counts, "killed: 17 tourists, two gunmen, …", is a breakdown, whose parts are not counted again)
    int coordinated = anchor;
    if ("conj".equals(s.relation(anchor)) && s.head(anchor) >= 0 && !counted(s, s.head(anchor))) {
      coordinated = s.head(anchor);
    }
    int extra = noun >= 0 ? namedBeside(s, coordinated, anchor) : 0;
    int verb = s.head(coordinated);
    String rel = s.relation(coordinated);
    List<Integer> verbs = new ArrayList<>();
    if (verb >= 0 && rel != null && (rel.startsWith("nsubj") || rel.startsWith("obj") || rel.equals("obl"))) {
      verbs.add(verb);
    }
    // participles attached to the noun: "hostages freed", "people killed"
    for (var d : s.dependencies()) {
      if (d.governor() == anchor && (d.relation().startsWith("acl") || d.relation().equals("amod"))) {
        verbs.add(d.dependent());
      }
    }
    // the verb just before: "killing five", "left 20 dead", "wounded 14"
    int before = np.first() - 1;
    if (before >= 0 && t.get(before).isVerb()) {
      verbs.add(before);
    }
    // "three people were found shot to death": the state the verb's complement gives
    for (int v : List.copyOf(verbs)) {
      verbs.addAll(s.children(v, "xcomp"));
    }
    // "the number of hostages freed was raised to 32", "the death toll rose to 15", "lowered the death toll … to
    // 253"
    if (verb >= 0 && UPDATE.contains(t.get(verb).lemma())) {
      Classified toll = toll(s, verb, np);
      if (toll != null) {
        return toll;
      }
    }
    // "the death toll … is at least 253": the number is the predicate of a copula
    if (!s.children(n, "cop").isEmpty()) {
      Classified toll = toll(s, n, np);
      if (toll != null) {
        return toll;
      }
    }
    // "nine of its congregants were killed": any plural noun counted as killed or wounded is people (but not
    // "shot three times")
    boolean beings = noun >= 0 && t.get(noun).pos().equals("NNS") && !NOT_BEINGS.contains(t.get(noun).lemma());
    if (!people && !beings) {
      return null;
    }
    for (int v : verbs) {
      String lemma = t.get(v).lemma();
      String word = t.get(v).lower();
      if (!people && !(DEAD.contains(lemma) || HURT.contains(lemma))) {
        continue;
      }
      FigureKind kind = null;
      // "shot dead", "confirmed dead", "found dead"
      boolean dead = s.children(v, "xcomp").stream().anyMatch(x -> t.get(x).lower().equals("dead"))
          || v + 1 < t.size() && t.get(v + 1).lower().equals("dead");
      if (DEAD.contains(lemma) || DEAD.contains(word) || dead) {
        kind = perp ? FigureKind.PERPETRATORS_KILLED : FigureKind.KILLED;
      } else if (HURT.contains(lemma) || HURT.contains(word) || lemma.equals("hospitalize")
          || lemma.equals("send") && hospitalAfter(t, v)
          || lemma.equals("suffer") && s.children(v, "obj").stream()
              .anyMatch(o -> Set.of("wound", "injury").contains(t.get(o).lemma()))) {
        // "five people were hospitalized", "a shooting that sent 4 people to the hospital", "four men suffered
        // injuries" (not "two were taken to a hospital" or "two are in critical condition": often some of those
        // shot, and an explicit count would replace everyone shot)
        kind = FigureKind.INJURED;
      } else if ((lemma.equals("shoot") || struckByGunfire(s, v)) && !perp && shotDead(s, v)) {
        // "two men were shot and killed", "fatally shot", "shot to death"
        return new Classified(FigureKind.KILLED, "verb-shoot-dead", Math.min(v, n), Math.max(v, anchor), false,
            extra);
      } else if ((lemma.equals("shoot") || struckByGunfire(s, v)) && !perp && beyondTheDead(s, v, noun, extra)) {
        // "a woman and two other men were also shot": others than the dead, so hurt
        return new Classified(FigureKind.INJURED, "verb-shoot-others", Math.min(v, n), Math.max(v, anchor), false,
            extra);
      } else if ((lemma.equals("shoot") || struckByGunfire(s, v)) && !perp) {
        // "four people were shot": everyone hit, the dead among them; the incident keeps it as the injured count
        // only after taking away the dead it reports (IncidentExtractor), and an explicit injured count wins
        return new Classified(FigureKind.INJURED, SHOT_TOTAL, Math.min(v, n), Math.max(v, anchor), false, extra);
      } else if (KIDNAP.contains(lemma) || KIDNAP.contains(word)) {
        kind = FigureKind.KIDNAPPED;
      } else if (FREE.contains(lemma) || FREE.contains(word)) {
        kind = FigureKind.HOSTAGES_FREED;
      } else if (ARREST.contains(lemma)) {
        kind = FigureKind.PERPETRATORS_ARRESTED;
      } else if (hostage && HOLD.contains(lemma)) {
        kind = FigureKind.HOSTAGES_TAKEN;
      }
      if (kind != null) {
        boolean human = kind == FigureKind.KILLED || kind == FigureKind.INJURED;
        return new Classified(kind, "verb-" + lemma, Math.min(v, n), Math.max(v, anchor), false,
            human ? extra : 0);
      }
    }
    if (hostage) {
      return new Classified(FigureKind.HOSTAGES_TAKEN, "number-hostages", n, noun, false);
    }
    return null;
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

  /** Whether a count opens a clause without a verb before it: a headline's "Four teens shot", "7 Shot, 3 Dead". */
  private static boolean headlineClause(Sentence s, int first) {
    List<Token> t = s.tokens();
    return first == 0 || CLAUSE_OPENERS.contains(t.get(first - 1).word());
  }

  private static boolean hospitalAfter(List<Token> t, int v) {
    for (int j = v + 1; j < Math.min(t.size(), v + 8); j++) {
      if (t.get(j).lemma().equals("hospital")) {
        return true;
      }
    }
    return false;
  }

  /** "four teenagers who were struck by gunfire", "hit by a bullet": shot, in other words. */
  private static boolean struckByGunfire(Sentence s, int v) {
    String lemma = s.tokens().get(v).lemma();
    return (lemma.equals("strike") || lemma.equals("hit")) && s.children(v, "obl").stream()
        .anyMatch(o -> GUNFIRE.contains(s.tokens().get(o).lemma()));
  }

  private static boolean shotDead(Sentence s, int v) {
    List<Token> t = s.tokens();
    for (int c : s.children(v, "conj")) {
      if (DEAD.contains(t.get(c).lemma())) {
        return true;
      }
    }
    for (int c : s.children(v, "advmod")) {
      if (t.get(c).lower().equals("fatally")) {
        return true;
      }
    }
    return v > 0 && t.get(v - 1).lower().equals("fatally")
        || v + 2 < t.size() && t.get(v + 1).lower().equals("to") && t.get(v + 2).lower().equals("death");
  }

  /**
   * People named one by one beside a counted noun in a coordination, each without a count of its own: "a woman" in
   * "a woman and two other men", "a 16-year-old boy" in "two men and a 16-year-old boy", "he" in "he and three
   * others".
   *
   * @param first the coordination's first noun
   * @param counted the counted noun, which is the first or one of its conjuncts
   */
  private static int namedBeside(Sentence s, int first, int counted) {
    List<Token> t = s.tokens();
    List<Integer> members = new ArrayList<>();
    members.add(first);
    members.addAll(s.children(first, "conj"));
    int extra = 0;
    for (int m : members) {
      if (m == counted) {
        continue;
      }
      Token k = t.get(m);
      boolean singular = ((k.pos().equals("NN") || k.pos().equals("NNP")) && counts(k.lemma()) || age(s, m))
          && !counted(s, m) && !Lexicon.PERPETRATOR_NOUNS.contains(k.lemma());
      boolean person = k.ner().equals("PERSON") && k.pos().equals("NNP")
          || Set.of("he", "she", "him", "her").contains(k.lower()); // "he and three others were shot"
      if (!singular && !person) {
        return 0; // a member that is not one person ("police and two bystanders"): leave the count alone
      }
      extra++;
    }
    return extra;
  }

  /**
   * "two other men were also shot": people shot besides those already counted (the dead). "Other" beside people
   * named in the same coordination sets them apart from those, not from the dead ("a 13-year-old boy and six other
   * people were shot": seven shot).
   */
  private static boolean beyondTheDead(Sentence s, int v, int noun, int namedBeside) {
    List<Token> t = s.tokens();
    return s.children(v, "advmod").stream().anyMatch(a -> t.get(a).lower().equals("also"))
        || namedBeside == 0 && noun >= 0
            && s.children(noun, "amod").stream().anyMatch(a -> t.get(a).lower().equals("other"));
  }

  /**
   * The state a count is left in when words stand between it and the state: "left four troops including the gunman
   * dead", up to the next count or clause; null when there is none.
   */
  private static FigureKind leftInState(Sentence s, int noun) {
    List<Token> t = s.tokens();
    int verb = s.head(noun);
    if (verb < 0 || !"obj".equals(s.relation(noun)) || !t.get(verb).lemma().equals("leave")) {
      return null;
    }
    for (int j = noun + 1; j < Math.min(t.size(), noun + 7); j++) {
      String w = t.get(j).lower();
      if (w.equals("dead")) {
        return FigureKind.KILLED;
      }
      if (STATES_HURT.contains(w)) {
        return FigureKind.INJURED;
      }
      if (w.equals("and") || CLAUSE_OPENERS.contains(w) || t.get(j).pos().equals("CD")) {
        return null;
      }
    }
    return null;
  }

  private static Classified toll(Sentence s, int verb, NumberPhrase np) {
    List<Token> t = s.tokens();
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

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
 * 32"); troop strengths and other counts are left alone. Victims counted one by one where no number is given are
 * {@link OneByOne}'s.
 */
final class FigureRules {
  static final Set<String> DEAD = Set.of("dead", "kill", "killed", "die", "death", "fatality", "body",
      "murder", "slay", "execute", "behead", "massacre", "life", "toll", "corpse", "lifeless");
  private static final Set<String> HURT = Set.of("injure", "injured", "wound", "wounded", "hurt", "injury",
      "casualty");
  /**
   * Plural nouns a harm verb counts that are not people: things ("wounded three times") and animals ("108,780 deer
   * had been killed" in a hunting season's tally).
   */
  private static final Set<String> NOT_BEINGS = Set.of("time", "round", "shot", "bullet", "year", "month", "week",
      "day", "hour", "minute", "second", "count", "charge", "building", "house", "home", "car", "vehicle",
      "percent", "dollar", "case", "incident", "shooting", "attack", "wound", "injury", "death", "foot", "mile",
      "yard", "place", "location", "area", "deer", "animal", "dog", "cat", "horse", "cow", "cattle", "sheep",
      "goat", "pig", "bird", "elk", "bear", "wolf", "coyote", "livestock", "pet", "puppy", "chicken", "turkey");
  /** Participles that state a counted group's injuries right after its noun: "six others wounded". */
  static final Set<String> STATES_HURT = Set.of("wounded", "injured", "hurt");
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
      "homeowner", "tenant", "acquaintance", "coworker", "co-worker", "grandchild", "child", "twin", "mom", "dad");

  /** "a 16-year-old", "the 3-year-old": an age standing for a person. */
  static final java.util.regex.Pattern AGE_NOUN = java.util.regex.Pattern.compile("\\d+-(year|month)-old");

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
  static final Set<String> WOUND_VERBS = Set.of("wound", "injure", "hurt");
  /** Adverbs that make a wound a death: "fatally wounded". */
  static final Set<String> MORTALLY = Set.of("fatally", "mortally");
  /** Negations that make a harm one that did not happen. */
  static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  /** A headline's condition after a person word: "Boy stable after accidental shooting". */
  static final Set<String> HEADLINE_CONDITIONS = Set.of("stable", "critical");
  /** Punctuation that opens a headline's clause: "7 Shot, 3 Dead". */
  private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", ":", "-", "--", "\u2013", "\u2014");
  /** Words for one more person: "a fourth was wounded", "wounded another". */
  static final Set<String> FURTHER_ONE = Set.of("another", "second", "third", "fourth", "fifth", "sixth");

  private FigureRules() {}

  /** Whether a lemma names people ("civilian", "policeman", "tourist"). */
  static boolean isPeople(String lemma) {
    return PEOPLE_WORDS.contains(lemma);
  }

  /** Whether a casualty count may count this noun: people words, kin and ages ("a 16-year-old"). */
  static boolean counts(String lemma) {
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
      i = Math.max(i, np.last());
      // "no one died", "not one was hurt": no count at all
      if (np.first() > 0 && NEGATED_COUNT.contains(t.get(np.first() - 1).lower())) {
        continue;
      }
      Classified c = classify(s, np);
      if (c == null) {
        continue;
      }
      // "Teen, 3 adults shot", "Three women, one man injured": people listed before the count, each group its own
      if ((c.kind == FigureKind.KILLED || c.kind == FigureKind.INJURED) && c.extra == 0 && !seen.contains(c.kind)) {
        int listed = PeopleLists.listedBefore(s, np.first());
        // "killed 2 adults, 2 teens": people listed after the counted noun, whose counts are not read again
        int[] after = c.to >= 0 && c.to < t.size() && t.get(c.to).isNoun() && counts(t.get(c.to).lemma())
            ? PeopleLists.listedAfter(s, c.to) : new int[] {0, i};
        if (listed + after[0] > 0) {
          c = new Classified(c.kind, c.rule, c.from, Math.max(c.to, after[1]), c.update, listed + after[0]);
          i = Math.max(i, after[1]);
        }
      }
      // "found four victims wounded, two of them already dead": the dead are among them, so everyone hit
      if (c.kind == FigureKind.INJURED && c.to + 1 < t.size() && DEAD_AMONG.matcher(
          text.substring(t.get(c.to).end(), s.span().end())).lookingAt()) {
        c = new Classified(c.kind, SHOT_TOTAL, c.from, c.to, c.update, c.extra);
      }
      String phrase = np.phrase(text, s);
      Integer high = np.high() == null ? null : np.high() + c.extra;
      Figure f = new Figure(c.kind, np.low() + c.extra, np.best() + c.extra, high, np.qualifier(),
          c.extra == 0 ? phrase : phrase + " + " + c.extra, c.rule,
          Phrases.evidence(text, s, Math.min(np.first(), c.from), Math.max(np.last(), c.to)));
      f = Unborn.leftOut(text, s, f); // "killing six people, including an unborn child": five
      if (seen.contains(c.kind)) {
        // "61 civilians … dead and six security personnel died": separate groups joined by "and" add up; a
        // breakdown ("20 dead - six Malians and 14 foreigners", "including …") does not
        int idx = indexOf(out, c.kind);
        Figure prev = out.get(idx).figure();
        String between = text.substring(Math.min(prev.evidence().span().end(), f.evidence().span().start()),
            f.evidence().span().start());
        if (ADDS_UP.matcher(between).find() && !BREAKDOWN.matcher(between).find()
            && !CountedGroups.partOfEarlier(s, np, c.kind)) {
          out.set(idx, new Found(sum(text, s, prev, f), out.get(idx).update()));
        }
        continue;
      }
      seen.add(c.kind);
      out.add(new Found(f, c.update));
    }
    if (!seen.contains(FigureKind.KILLED)) {
      Found one = OneByOne.singleDeaths(text, s, FigureKind.KILLED);
      one = HeadlineDeaths.moreThan(text, s, one); // "4-year-old girl, mother fatally shot": two, not one
      if (one == null) {
        one = OneByOne.nominalDeaths(text, s);
      }
      if (one == null) {
        one = java.util.Optional.ofNullable(HeadlineDeaths.of(text, s)).orElseGet(() -> LaterDeath.of(text, s));
      }
      if (one != null) {
        out.add(one);
      }
    }
    if (!seen.contains(FigureKind.KILLED)) {
      Found several = multiple(text, s, OneByOne.DEATH_NOUNS, FigureKind.KILLED, MULTIPLE_DEATHS);
      if (several != null) {
        out.removeIf(f -> f.figure().kind() == FigureKind.KILLED && f.figure().best() < several.figure().best());
        if (out.stream().noneMatch(f -> f.figure().kind() == FigureKind.KILLED)) {
          out.add(several);
          seen.add(FigureKind.KILLED);
        }
      }
    }
    if (!seen.contains(FigureKind.KILLED)) {
      KillerInList.raiseVictims(text, s, out);
    }
    if (!seen.contains(FigureKind.INJURED)) {
      Found several = multiple(text, s, Set.of("shooting"), FigureKind.INJURED, SHOT_TOTAL);
      if (several != null) {
        out.add(several);
        seen.add(FigureKind.INJURED);
      }
    }
    if (!seen.contains(FigureKind.INJURED)) {
      Found one = OneByOne.singleInjuries(text, s);
      one = one != null ? one : AliveInCare.of(text, s); // "her father is listed in critical condition"
      // a headline's "Man, woman wounded in shooting": the people it joins, where the rule above reads one
      Found headline = HeadlineDeaths.hurt(text, s);
      if (headline != null && (one == null || headline.figure().best() > one.figure().best())) {
        one = headline;
      }
      if (one != null) {
        out.add(one);
      }
    }
    if (!seen.contains(FigureKind.PERPETRATORS_KILLED)) {
      Found one = OneByOne.singleDeaths(text, s, FigureKind.PERPETRATORS_KILLED);
      if (one == null) {
        one = OneByOne.suicide(text, s);
      }
      if (one == null) { // "killed his son, his daughter, himself", "then shot himself"; "shot and killed by police"
        one = java.util.Optional.ofNullable(ShooterSuicide.of(text, s)).orElseGet(() -> KilledByPolice.of(text, s));
      }
      if (one != null) {
        out.add(one);
      }
    }
    return out;
  }

  /** Verbs that bring a counted group to a hospital: "two were taken to a hospital", "five went to the hospital". */
  private static final Set<String> TAKEN_TO = Set.of("take", "rush", "transport", "go", "end", "airlift");

  /** The dead among those just counted: ", two of them already dead", ", one of whom died". */
  private static final java.util.regex.Pattern DEAD_AMONG = java.util.regex.Pattern.compile(
      "(?i),?\\s*(?:\\w+|\\d+)\\s+of\\s+(?:them|whom)\\s+(?:(?:were|was|are|is|have|has|had)\\s+)?"
      + "(?:already\\s+|later\\s+|since\\s+)?(?:dead|died|killed|fatally)\\b");

  /** Words before a number that deny it: "no one died". */
  private static final Set<String> NEGATED_COUNT = Set.of("no", "not");

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


  private static final java.util.regex.Pattern AGE_UNIT = java.util.regex.Pattern.compile("(year|month|week|day)s?");

  /** Whether the number at token {@code n} opens an age: "16 - year - old". */
  private static boolean opensAge(List<Token> t, int n) {
    return n + 2 < t.size() && t.get(n + 1).word().equals("-") && AGE_UNIT.matcher(t.get(n + 2).lower()).matches();
  }

  /** Whether token {@code i} ends an age used as a noun: "a 9-year-old" (tokens 9 - year - old). */
  static boolean age(Sentence s, int i) {
    List<Token> t = s.tokens();
    return ageWord(t, i) && !(i + 1 < t.size() && t.get(i + 1).isNoun());
  }

  /** Whether a token ends an age ("3-year-old"), whatever follows it. */
  static boolean ageWord(List<Token> t, int i) {
    return i >= 4 && t.get(i).lower().equals("old") && t.get(i - 1).word().equals("-")
        && t.get(i - 4).pos().equals("CD") && opensAge(t, i - 4);
  }

  /**
   * Whether a word names one victim without a count of its own: a person word or an age ("a woman", "a 16-year-old
   * boy"), not "two men", not an attacker.
   */
  static boolean oneVictim(Sentence s, int i) {
    Token k = s.tokens().get(i);
    return ((k.pos().equals("NN") || k.pos().equals("NNP")) && counts(k.lemma()) || age(s, i))
        && !counted(s, i) && !Lexicon.PERPETRATOR_NOUNS.contains(k.lemma());
  }

  /** Whether a noun has a count of its own ("two men"); the number of an age ("a 16-year-old boy") is not one. */
  static boolean counted(Sentence s, int noun) {
    return s.children(noun, "nummod").stream().anyMatch(c -> !opensAge(s.tokens(), c));
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
          || WoundPhrases.shootingBefore(t, j)
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
    // "11-year-old, 2 teens among 4 shot": a part of the group counted after "among", which is the count
    if (noun >= 0 && noun + 2 < t.size() && t.get(noun + 1).lower().equals("among")
        && t.get(noun + 2).pos().equals("CD")) {
      return null;
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
    // "… four victims wounded, two of them already dead": the state a few words past "of them"
    if (noun < 0 && after + 1 < t.size() && t.get(after).lower().equals("of")
        && Set.of("them", "whom").contains(t.get(after + 1).lower())) {
      for (int j = after + 2; j < Math.min(t.size(), after + 5); j++) {
        if (t.get(j).lower().equals("dead")) {
          return new Classified(FigureKind.KILLED, "number-dead", n, j, false);
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
      // a headline's "3 people shot to death at home"
      if (state.equals("shot") && !perp && WoundPhrases.toDeath(t, noun + 1)) {
        return new Classified(FigureKind.KILLED, "number-noun-dead", n, noun + 3, false);
      }
      // a headline's "Four teens shot after party": everyone hit, like "four teens were shot"; "6 others shot"
      // beside one killed: those besides the dead, so hurt
      if (state.equals("shot") && !perp && (headlineClause(s, np.first()) || among(s, np.first()))) {
        return new Classified(FigureKind.INJURED, t.get(noun).lemma().equals("other") ? "verb-shoot-others"
            : SHOT_TOTAL, n, noun + 1, false);
      }
    }
    // "7 Shot, 3 Dead after drive-by" ("4 Shot to Death in …": killed)
    if ((noun < 0 || noun == after) && after < t.size() && t.get(after).lower().equals("shot")
        && (headlineClause(s, np.first()) || among(s, np.first()))
        && (after + 1 >= t.size() || !t.get(after + 1).isVerb())) {
      return WoundPhrases.toDeath(t, after) ? new Classified(FigureKind.KILLED, "number-dead", n, after + 2, false)
          : new Classified(FigureKind.INJURED, SHOT_TOTAL, n, after, false);
    }
    boolean hostage = noun >= 0 && t.get(noun).lemma().equals("hostage");
    boolean people = noun >= 0 && (counts(t.get(noun).lemma()) || hostage
        || t.get(noun).ner().equals("MISC") || perp);
    if (noun < 0 && after < t.size() && t.get(after).isVerb()) {
      people = true; // "five were killed"
    }
    // "shoots 4 relatives, killing 2": a bare number right after a harm verb counts people
    int harmBefore = np.first() - 1;
    // a headline's "Early morning shooting wounds four", "shooting wounds 4, kills 1", "…, wounds 9": the verb
    // tagged a plural noun, after the shooting, a shooter or a comma
    if (noun < 0 && harmBefore >= 1 && t.get(harmBefore).lower().equals("wounds")
        && !t.get(harmBefore).isVerb() && (Set.of("shooting", "gunfire").contains(t.get(harmBefore - 1).lower())
            || Lexicon.PERPETRATOR_NOUNS.contains(t.get(harmBefore - 1).lemma())
            || CLAUSE_OPENERS.contains(t.get(harmBefore - 1).word()))) {
      return new Classified(FigureKind.INJURED, "verb-wound", harmBefore, np.last(), false);
    }
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
    // "the three other teens survived but were also hit and injured by gunfire": passive participles coordinated
    // with the governing verb that share its subject, read after it (not an active verb, whose subject is its agent:
    // "two other men came up and started shooting"; not a death, which the parse often gives the wrong subject)
    if (verb >= 0 && rel != null && rel.startsWith("nsubj")) {
      for (int c : s.children(verb, "conj")) {
        if (sharedParticiple(s, c)) {
          verbs.add(c);
          for (int d : s.children(c, "conj")) {
            if (sharedParticiple(s, d)) {
              verbs.add(d);
            }
          }
        }
      }
    }
    // the verb just before: "killing five", "left 20 dead", "wounded 14"
    int before = np.first() - 1;
    if (before >= 0 && t.get(before).isVerb()) {
      verbs.add(before);
    }
    HeadlineDeaths.ownParticipleFirst(s, before, anchor, verbs); // "That Killed Woman, Injured 2 Officers"
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
      if (OneByOne.negated(s, v)) {
        continue; // "two people in the home who were not hurt": no count of the hurt
      }
      String lemma = t.get(v).lemma();
      String word = t.get(v).lower();
      if (!people && !(DEAD.contains(lemma) || HURT.contains(lemma)) || WoundPhrases.firedAt(s, v)) {
        continue;
      }
      FigureKind kind = null;
      // "shot dead", "confirmed dead", "found dead"
      boolean dead = s.children(v, "xcomp").stream().anyMatch(x -> t.get(x).lower().equals("dead"))
          || v + 1 < t.size() && t.get(v + 1).lower().equals("dead");
      if (DEAD.contains(lemma) || DEAD.contains(word) || dead) {
        kind = perp ? FigureKind.PERPETRATORS_KILLED : FigureKind.KILLED;
      } else if ((HURT.contains(lemma) || HURT.contains(word)) && !WoundPhrases.woundUp(t, v)
          || lemma.equals("hospitalize")
          || lemma.equals("treat") && WoundPhrases.treatedForWounds(s, v)
          || lemma.equals("send") && WoundPhrases.hospitalAfter(t, v)
          || WoundPhrases.sufferedWound(s, v) && !s.children(v, "obj").isEmpty()) {
        // "five people were hospitalized", "a shooting that sent 4 people to the hospital", "four men suffered
        // injuries" (not "two are in critical condition": often some of those shot, and an explicit count would
        // replace everyone shot; "two were taken to a hospital" is counted below, as weakly as everyone shot)
        kind = FigureKind.INJURED;
      } else if ((lemma.equals("shoot") || WoundPhrases.struckByGunfire(s, v)) && !perp && WoundPhrases.shotDead(s, v)) {
        // "two men were shot and killed", "fatally shot", "shot to death"
        return new Classified(FigureKind.KILLED, "verb-shoot-dead", Math.min(v, n), Math.max(v, anchor), false,
            extra);
      } else if ((lemma.equals("shoot") || WoundPhrases.struckByGunfire(s, v)) && !perp && beyondTheDead(s, v, noun, extra)) {
        // "a woman and two other men were also shot": others than the dead, so hurt
        return new Classified(FigureKind.INJURED, "verb-shoot-others", Math.min(v, n), Math.max(v, anchor), false,
            extra);
      } else if ((lemma.equals("shoot") || WoundPhrases.struckByGunfire(s, v)
          || WoundPhrases.struckAfterShots(s, v)) && !perp) { // "opened fire …, striking five people"
        // "four people were shot": everyone hit, the dead among them; the incident keeps it as the injured count
        // only after taking away the dead it reports (IncidentExtractor), and an explicit injured count wins
        return new Classified(FigureKind.INJURED, SHOT_TOTAL, Math.min(v, n), Math.max(v, anchor), false, extra);
      } else if (WoundPhrases.sufferedWound(s, v) && !perp) {
        // "found four people suffering from gunshot wounds": everyone hit, as found, the dead among them
        return new Classified(FigureKind.INJURED, SHOT_TOTAL, Math.min(v, n), Math.max(v, anchor), false, extra);
      } else if (TAKEN_TO.contains(lemma) && WoundPhrases.hospitalAfter(t, v) && !perp) {
        // "five people on the bus went to the hospital", "ended with five people in the hospital": everyone taken
        // there, as weak as everyone shot (the dead among them come off; an explicit count of the hurt wins)
        return new Classified(FigureKind.INJURED, SHOT_TOTAL, Math.min(v, n), Math.max(v, anchor), false, extra);
      } else if (KIDNAP.contains(lemma) || KIDNAP.contains(word)) {
        kind = FigureKind.KIDNAPPED;
      } else if ((FREE.contains(lemma) || FREE.contains(word)) && !WoundPhrases.hospitalAfter(t, v)) {
        kind = FigureKind.HOSTAGES_FREED; // not "four victims have been released from the hospital"
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
    // "officers found four gunshot victims": everyone hit, the dead among them, whatever the verb
    if (noun > 0 && t.get(noun).lemma().equals("victim") && SHOT_VICTIMS.contains(t.get(noun - 1).lower())) {
      return new Classified(FigureKind.INJURED, SHOT_TOTAL, n, noun, false);
    }
    return null;
  }

  /** Words that make victims people hit by gunfire: "four gunshot victims", "the five shooting victims". */
  private static final Set<String> SHOT_VICTIMS = Set.of("gunshot", "shooting");


  /** Whether a count opens a clause without a verb before it: a headline's "Four teens shot", "7 Shot, 3 Dead". */
  private static boolean headlineClause(Sentence s, int first) {
    List<Token> t = s.tokens();
    return first == 0 || CLAUSE_OPENERS.contains(t.get(first - 1).word());
  }

  /** A participle coordinated with a verb, without a subject or object of its own, that tells no death. */
  private static boolean sharedParticiple(Sentence s, int c) {
    Token k = s.tokens().get(c);
    return k.pos().equals("VBN") && s.children(c, "nsubj").isEmpty() && s.children(c, "nsubj:pass").isEmpty()
        && s.children(c, "obj").isEmpty() && !DEAD.contains(k.lemma()) && !DEAD.contains(k.lower());
  }

  /** Whether a count is the group a victim is among: "7-year-old boy among 4 shot" (everyone shot, the boy too). */
  private static boolean among(Sentence s, int first) {
    return first > 0 && s.tokens().get(first - 1).lower().equals("among");
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
    members.removeIf(m -> Unborn.named(s, m)); // "Five adults and an unborn child were killed": five
    int extra = 0;
    for (int m : members) {
      if (m == counted) {
        continue;
      }
      Token k = t.get(m);
      boolean singular = oneVictim(s, m);
      boolean person = k.ner().equals("PERSON") && k.pos().equals("NNP")
          || Set.of("he", "she", "him", "her").contains(k.lower()); // "he and three others were shot"
      int group = singular || person ? 1 : CountedGroups.size(s, m, first); // "Two officers and three others"
      if (group == 0) {
        return 0; // a member that is not people ("police and two bystanders"): leave the count alone
      }
      extra += group;
    }
    return extra;
  }

  /**
   * "two other men were also shot": people shot besides those already counted (the dead). "Other" beside people
   * named in the same coordination sets them apart from those, not from the dead ("a 13-year-old boy and six other
   * people were shot": seven shot); so do "others" counted alone ("11 others were shot", "shot two others").
   */
  private static boolean beyondTheDead(Sentence s, int v, int noun, int namedBeside) {
    List<Token> t = s.tokens();
    return s.children(v, "advmod").stream().anyMatch(a -> t.get(a).lower().equals("also"))
        || namedBeside == 0 && noun >= 0
            && (s.children(noun, "amod").stream().anyMatch(a -> t.get(a).lower().equals("other"))
                || t.get(noun).lower().equals("others"));
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

  /** Units of time: "has increased in the past five years" counts years, not victims. */
  static final Set<String> TIME_UNITS = Set.of("year", "month", "week", "day", "hour", "decade");
  /** Crimes a "number of …" counts across a city or a year: a statistic, not an incident's toll. */
  private static final Set<String> CRIME_COUNTS = Set.of("murder", "homicide", "shooting", "crime");

  private static Classified toll(Sentence s, int verb, NumberPhrase np) {
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

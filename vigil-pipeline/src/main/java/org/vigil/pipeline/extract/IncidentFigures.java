package org.vigil.pipeline.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.pipeline.annotate.RelatedLinks;
import org.vigil.pipeline.annotate.Sentence;

/**
 * An incident's casualty figures, reconciled from the figures found sentence by sentence: the first of each kind in
 * text order, explicit counts over victims counted one by one, a later update over the first, round-up sums left
 * out, everyone shot less the dead, the dead described again not counted as hurt. Stateless.
 */
final class IncidentFigures {
  private IncidentFigures() {}

  /**
   * {@code f} with {@code by} people more (or fewer, when negative) at each of its bounds, never under none: a count
   * raised or lowered by people a later rule adds or leaves out ("+ suspect", "- 1 unborn"), its evidence unchanged.
   */
  static Figure shifted(Figure f, int by, String phrase, String rule) {
    return new Figure(f.kind(), Math.max(0, f.low() + by), f.best() + by, f.high() == null ? null : f.high() + by,
        f.qualifier(), phrase, rule, f.evidence());
  }

  /**
   * A capitalised word that may name the day or place of several shootings ("Fourth of July", "South Side"), not a
   * word of a title-case headline's count ("Two Hurt In Shootings" is one spree's).
   */
  private static final String NAMED = "(?!(?:in|at|on|after|during|near|and|people|wounded|injured|hurt|shot|killed"
      + "|dead|die|die[sd])\\b)(?-i:[A-Z][\\w-]*)";

  /**
   * A sentence that sums several incidents, as round-ups do ("21 people were shot in incidents spanning the five
   * boroughs", "six people injured in two separate shootings", "3 Dead, 22 Wounded In Weekend Shootings", "in Monday
   * shootings"; not "in shootings", which may be one spree's); "two other shootings left three people injured", "4
   * others injured in 3 overnight shooting incidents" (Session 13); "A spate of Fourth of July gunfire left 20 people
   * wounded", "20 people wounded in several Fourth of July shootings", "15 wounded … in shootings citywide", "43
   * wounded in shootings in Chicago this past weekend" (Session 14, hurt14b); "Two boys were injured Sunday in separate
   * accidental shootings", "two students have died in separate gun-related incidents" (Session 15, hurt15b).
   */
  private static final java.util.regex.Pattern ROUND_UP = java.util.regex.Pattern.compile("(?i)"
      + "\\b(two|three|four|five|six|seven|eight|nine|ten|several|multiple|\\d+)\\s+(separate\\s+|different\\s+"
      + "|unrelated\\s+|other\\s+|overnight\\s+|more\\s+|additional\\s+)?(shooting\\s+)?(shootings|incidents)\\b"
      + "|\\b(separate|unrelated)\\s+([\\w-]+\\s+){0,2}(shootings|incidents)\\b"
      + "|\\b(pair|string|series|spate|rash)\\s+of\\s+([\\w-]+\\s+){0,3}(shootings|incidents|gunfire|violence)\\b"
      + "|\\b(several|multiple|two|three|four|five|six|seven|eight|nine|ten)\\s+" + NAMED + "(\\s+of)?(\\s+" + NAMED
      + "){0,2}\\s+(shootings|incidents)\\b"
      + "|\\bshootings\\s+citywide\\b|\\bcitywide\\s+shootings\\b"
      + "|\\bshootings\\s+(in\\s+(?-i:[A-Z])[\\w-]+\\s+)?(this|last|over\\s+the)\\s+(past\\s+)?weekend\\b"
      + "|\\bincidents\\s+spanning\\b"
      + "|\\bshootings\\s+(across|around|throughout)\\b"
      + "|\\b(weekend|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s+"
      + "(shootings|violence)\\b"
      + "|\\bviolent\\s+(night|weekend)\\b");

  /**
   * A tally over time told as a present perfect: "So far this year, 21 adults have been accidentally shot", "eight
   * children have been shot in the past 17 months", "At least five other children under age 10 have been shot in the
   * city this year, two fatally" (Session 13, hurt13). Its counts are a city's or a year's, not the incident's; the
   * span of time is {@link NumberedVictims#TALLY}'s.
   */
  private static final java.util.regex.Pattern TALLY_OF_HARM = java.util.regex.Pattern.compile("(?i)\\b(have|has)"
      + "\\s+been\\s+([\\w-]+\\s+)?(shot|wounded|injured|killed|hurt|struck|hit|slain)\\b");

  /** Whether {@code sentence} sums several incidents: a round-up or a tally over time. */
  private static boolean sumOfIncidents(String sentence) {
    return ROUND_UP.matcher(sentence).find()
        || TALLY_OF_HARM.matcher(sentence).find() && NumberedVictims.TALLY.matcher(sentence).find()
        || TallySpan.in(sentence); // "28 people shot and 10 people killed in the city since Friday"
  }

  /** Words of a killer's own death by his hand. */
  private static final java.util.regex.Pattern SUICIDE = java.util.regex.Pattern.compile(
      "(?i)\\b(himself|herself|self-inflicted|suicide|own life)\\b");

  /** The rule of a count of the dead less the killers dead by their own hand. */
  static final String DEAD_MINUS_PERPETRATORS = "dead-minus-perpetrators";

  /** Counts of the dead as a state ("four people are dead", "found dead", "bodies"), which include the killer. */
  private static final java.util.regex.Pattern STATE_OF_DEAD = java.util.regex.Pattern.compile(
      "(?i)\\b(dead|bodies)\\b");

  /**
   * The article's round-up sentences (by index; with its {@linkplain RelatedLinks links to other stories}, whose
   * figures are no incident's either) and the sums the round-ups state as numbers, "KIND best": a headline count
   * equal to one of them is a round-up's sum, not an incident's figure. Worked out once per article.
   */
  record RoundUps(Set<Integer> sentences, Set<String> sums) {
    RoundUps {
      sentences = Set.copyOf(sentences);
      sums = Set.copyOf(sums);
    }

    static RoundUps of(String text, List<Sentence> sentences, List<List<FigureRules.Found>> found) {
      Set<Integer> roundUp = new HashSet<>();
      Set<String> sums = new HashSet<>();
      // the round-up may be told in a sentence of no incident's own ("Detroit's east side was riddled with gunshots
      // this weekend in four separate shootings that left …"); only counts it states as numbers are sums, not "this
      // triple homicide is one of five shootings"
      for (Sentence s : sentences) {
        if (!sumOfIncidents(s.span().of(text))) {
          continue;
        }
        roundUp.add(s.index());
        for (FigureRules.Found f : found.get(s.index())) {
          if (!weak(f.figure()) && !f.figure().rule().equals(FigureRules.MULTIPLE_DEATHS)) {
            sums.add(f.figure().kind() + " " + f.figure().best());
          }
        }
      }
      roundUp.addAll(RelatedLinks.of(text, sentences)); // "RELATED: Man killed in …": no incident's figures either
      return new RoundUps(roundUp, sums);
    }
  }

  /**
   * The incident's figures: the figures of its sentences reconciled, then the hooks below, in this order. The order
   * matters wherever a step reads what an earlier one left (a count, its rule, or whether it is still the very figure
   * counted one by one); as the code stands (Session 16, refactor16f, read from the code, not measured):
   * <ol>
   *   <li>The first figure of each kind in text order, replaced by an update or an explicit count (the loop).
   *   <li>{@link HeadlineDeathWord#addTo}: one dead from the headline's word, only where the loop found no dead; before
   *       the next step, so that a count of everyone shot loses that dead too.
   *   <li>{@link PartOfEveryoneShot#restore}: an explicit count of a part of those shot ("two Cops Wounded", "the four
   *       other victims") gives way to a larger count of everyone shot; after the dead of the step before, which it
   *       reads, and before the next step, which takes the dead off it.
   *   <li>{@link WoundedThenDied#toTheDead}: where still no one is dead, the one hurt counted one by one whom the next
   *       sentence tells dead is one dead instead; before the next step, which reads the dead.
   *   <li>Everyone shot less the dead ("shot-minus-killed", or the one told wounded beside the deaths, or
   *       {@code besideShot}, or {@link ShotAmongTheDead}); then the hurt counted one by one who are one of the dead
   *       described again ({@link #oneOfTheDead}), which reads the count of the shot the step before left (several
   *       named together, more than the dead, leave the rest hurt: {@link HitTogether}); then the
   *       wounds of the dead ("verb-suffer" as many as the dead).
   *   <li>The dead less a killer dead by his own hand ({@link #DEAD_MINUS_PERPETRATORS}); before
   *       {@link DeadSuspect#inTheCount}, which leaves a count of that rule alone (it has let him out already).
   *   <li>{@link NamedDead#raise}: the dead raised to as many as the text names dying, a count of everyone shot
   *       lowered by those added; before the raises of the hurt, which read the dead as they stand after it.
   *   <li>The raises of the hurt, each only above the count it is given, so the first to reach a number keeps it (and
   *       its rule and evidence, which later steps read): {@link NumberedVictims#raise} (the nth victim less the dead,
   *       so after steps 3 and 4), {@link OtherSurvivors#raise}, {@link OtherSurvivors#raiseBare} and
   *       {@link BothInCare#raise} (these two with the dead as they stand here).
   *   <li>{@link AlsoHurt#raise}: only while the count is still one of the hurt counted one by one (it finds it in
   *       that list by equality), so after the raises above (a count they raised is not raised again by the victims
   *       told "also") and before any step that shifts the count and keeps its rule ({@link Unborn}).
   *       {@link NotByGunfire} reads only counts in words of harm ("number-injured", "verb-wound" …), never one
   *       counted one by one nor AlsoHurt's "also-hurt", so today the two do not act on the same count; AlsoHurt
   *       stays first so that neither ever has to.
   *   <li>The lowerings: {@link NotByGunfire#less} (by its rule: before {@link Unborn}, which keeps the rule, and
   *       before {@link SuspectAlsoHurt}, whose "suspect-also-hurt" it would not read), then
   *       {@link OneOfThemDied#less} (reads the same rules, so a count lowered by glass is left alone), then
   *       {@link Unborn#notAmongTheHurt}.
   *   <li>{@link SuspectAlsoHurt#raise}: one more for the suspect, on the count the steps above left.
   *   <li>The killer: {@link ShooterSuicide#besideDeaths} (reads the dead as final, may drop the killer), then
   *       {@link ShooterSuicide#murderedBeside} (adds the one murdered only where a killer still stands and no dead),
   *       then {@link DeadSuspect#inTheCount} (drops a killer the count of the dead holds) before
   *       {@link DeadSuspect#toldTwice} (drops one victim told twice; run first, it would leave inTheCount no dead to
   *       read).
   *   <li>{@link OfficerBesideDeadSuspect#restore}: last, after {@link DeadSuspect} and every step of the hurt (it acts
   *       only where no victim dead is left, a killer dead is, and no count of the hurt above zero stands); it reads
   *       {@code shotTotal}, the count of everyone shot before step 3 took the dead from it.
   * </ol>
   *
   * @param text the article's text
   * @param roundUps the article's round-up sentences and their sums
   * @param found the figures found in each sentence, by sentence index
   * @param textOrder the incident's sentences in text order
   * @return the incident's figures by kind
   */
  static Map<FigureKind, Figure> of(String text, RoundUps roundUps, List<List<FigureRules.Found>> found,
      List<Sentence> textOrder) {
    // figures: the first of each kind in the incident's sentences, in text order; a later update ("raised to")
    // replaces it; a round-up's sums in the headline ("2 dead, 7 hurt after shootings" over "four separate shootings
    // that left two men dead and injured seven others") are none
    Map<FigureKind, Figure> figures = new EnumMap<>(FigureKind.class);
    Set<String> sums = roundUps.sums();
    List<Sentence> counted = new ArrayList<>(); // the sentences whose figures are this incident's
    for (Sentence s : textOrder) {
      if (!roundUps.sentences().contains(s.index())) {
        counted.add(s);
      }
    }
    Figure besideShot = null; // the first count of the hurt that is not a count of everyone shot
    List<Figure> oneByOne = new ArrayList<>(); // the hurt counted one by one, in text order
    List<Figure> deaths = new ArrayList<>(); // every count of the dead, in text order
    boolean deathTold = counted.stream().anyMatch(s -> found.get(s.index()).stream()
        .anyMatch(f -> f.figure().kind() == FigureKind.KILLED));
    for (Sentence s : counted) {
      for (FigureRules.Found raw : found.get(s.index())) {
        FigureRules.Found f = struckAfterShots(raw, deathTold);
        if (f == null || s.index() == 0 && sums.contains(f.figure().kind() + " " + f.figure().best())) {
          continue;
        }
        if (f.figure().kind() == FigureKind.INJURED && (f.figure().rule().equals(FigureRules.SINGULAR)
            || f.figure().rule().equals(FigureRules.SINGULAR_WOUNDED))) {
          oneByOne.add(f.figure());
        }
        if (f.figure().kind() == FigureKind.KILLED) {
          deaths.add(f.figure());
        }
        if (besideShot == null && f.figure().kind() == FigureKind.INJURED
            && !f.figure().rule().equals(FigureRules.SHOT_TOTAL)) {
          besideShot = f.figure();
        }
        Figure had = figures.get(f.figure().kind());
        // an explicit count replaces victims counted one by one and everyone shot; a count of everyone shot
        // replaces one victim ("A 12-year-old was in critical condition … Four teens were shot")
        boolean weaker = had != null && weak(had) && (!weak(f.figure())
            || f.figure().rule().equals(FigureRules.SHOT_TOTAL) && !had.rule().equals(FigureRules.SHOT_TOTAL)
            && f.figure().best() > had.best())
            && !CountedGroups.partOfShot(text, had, f.figure()); // "… were shot … two of the victims … and two …"
        if (had == null || f.update() || weaker) {
          figures.put(f.figure().kind(), f.figure());
        }
      }
    }
    HeadlineDeathWord.addTo(figures, text, counted, found); // "Suspects in killing of … boy", no one read dead
    PartOfEveryoneShot.restore(text, counted, found, figures); // "two Cops Wounded" of "Five people were shot"
    WoundedThenDied.toTheDead(text, figures); // "A girl was wounded. … where she died": no one else read dead
    // "Four teens shot, one fatally": the injured are those shot but not killed
    Figure shot = figures.get(FigureKind.INJURED);
    Figure dead = figures.get(FigureKind.KILLED);
    Figure shotTotal = shot != null && shot.rule().equals(FigureRules.SHOT_TOTAL) ? shot : null;
    if (shot != null && shot.rule().equals(FigureRules.SHOT_TOTAL) && dead != null) {
      Figure wounded = oneByOne.stream().filter(f -> f.rule().equals(FigureRules.SINGULAR_WOUNDED)
          && !oneOfTheDead(text, f, dead, deaths) && DEATHS.matcher(f.evidence().sentence().of(text)).find())
          .findFirst().orElse(null);
      if (wounded != null && shot.best() - dead.best() < wounded.best()) {
        // "Two men died and a 3-year-old boy was wounded … Two men were shot": the one told wounded beside the
        // dead, in the sentence that tells the deaths, is hurt whatever a count of those shot leaves
        figures.put(FigureKind.INJURED, wounded);
      } else if (dead.best() <= shot.best()) {
        figures.put(FigureKind.INJURED, new Figure(FigureKind.INJURED, Math.max(0, shot.low() - dead.best()),
            shot.best() - dead.best(), shot.high() == null ? null : shot.high() - dead.best(), shot.qualifier(),
            shot.phrase() + " - " + dead.phrase(), "shot-minus-killed", shot.evidence()));
      } else if (besideShot != null) {
        // fewer shot than dead ("names of 3 shooting victims" of seven dead): not everyone hit, so a count of the
        // hurt stands in its place
        figures.put(FigureKind.INJURED, besideShot);
        shot = besideShot;
      } else if (ShotAmongTheDead.among(text, shot, dead)) { // "shot his family, including two children", 3 dead
        figures.remove(FigureKind.INJURED);
        shot = null;
      }
    }
    // "A boy was fatally shot … The boy was shot in the chest": a victim counted one by one as hurt, in an incident
    // whose deaths are reported, is most often one of the dead described again
    // ("… were also hit by gunfire" says they are others, and so does "… remains in critical condition": alive)
    // ("… killed a 2-year-old boy and critically injured an adult man" further on is someone else: the first victim
    // counted one by one who is told wounded beside the deaths, or alive, takes the place of those who are)
    if (shot != null && dead != null && oneOfTheDead(text, shot, dead, deaths)) {
      figures.remove(FigureKind.INJURED);
      Figure rest = HitTogether.lessTheDead(shot, dead); // "the boy, his grandmother and a man were hit", one died
      if (rest != null) {
        figures.put(FigureKind.INJURED, rest);
      }
      for (Figure f : rest == null ? oneByOne : List.<Figure>of()) {
        String sentence = f.evidence().sentence().of(text);
        if (!oneOfTheDead(text, f, dead, deaths) && (OtherThanTheDead.toldApart(text, f)
            || f.rule().equals(FigureRules.SINGULAR_WOUNDED) && DEATHS.matcher(sentence).find())) {
          figures.put(FigureKind.INJURED, f);
          break;
        }
      }
    }
    // "the three found dead … three had suffered gunshot wounds": the wounds of the dead, as many as they are
    if (shot != null && shot.rule().equals("verb-suffer") && dead != null && shot.best() == dead.best()) {
      figures.remove(FigureKind.INJURED);
    }
    // "Four people are dead … That suspect later died from a self-inflicted gunshot wound": a count of the dead
    // told in another sentence than the killer's suicide includes him; victims killed are the others (attackers
    // killed by the police are counted apart: "61 civilians … dead", "five attackers were killed")
    Figure perpDead = figures.get(FigureKind.PERPETRATORS_KILLED);
    Figure allDead = figures.get(FigureKind.KILLED);
    if (perpDead != null && allDead != null && allDead.best() > perpDead.best()
        && STATE_OF_DEAD.matcher(allDead.evidence().sentence().of(text)).find()
        && SUICIDE.matcher(perpDead.evidence().sentence().of(text)).find()
        && !allDead.evidence().sentence().equals(perpDead.evidence().sentence())) {
      figures.put(FigureKind.KILLED, new Figure(FigureKind.KILLED, Math.max(0, allDead.low() - perpDead.best()),
          allDead.best() - perpDead.best(), allDead.high() == null ? null : allDead.high() - perpDead.best(),
          allDead.qualifier(), allDead.phrase() + " - " + perpDead.phrase(), DEAD_MINUS_PERPETRATORS,
          allDead.evidence()));
    }
    NamedDead.raise(text, counted, figures); // "Two of those men, A, 23, and B, 24, died": two dead, not one
    // "… three others were shot. A fourth victim drove herself to a hospital": the victims numbered one by one
    Figure nth = NumberedVictims.raise(text, counted, figures.get(FigureKind.KILLED), figures.get(FigureKind.INJURED));
    if (nth != null) {
      figures.put(FigureKind.INJURED, nth);
    }
    figures.compute(FigureKind.INJURED, (k, f) -> OtherSurvivors.raise(text, counted, f)); // "the three others …"
    Figure killedNow = figures.get(FigureKind.KILLED); // "Both victims survived": two hurt where no one died
    // "… after a shooting that also injured three other people": the one told in care and three others
    figures.compute(FigureKind.INJURED, (k, f) -> OtherSurvivors.raiseBare(text, counted, f, killedNow));
    figures.compute(FigureKind.INJURED, (k, f) -> BothInCare.raise(text, counted, f, killedNow));
    figures.compute(FigureKind.INJURED, (k, f) -> AlsoHurt.raise(text, oneByOne, f)); // "… was also shot"
    figures.compute(FigureKind.INJURED, (k, f) -> NotByGunfire.less(text, counted, f)); // "one from flying glass"
    figures.compute(FigureKind.INJURED, (k, f) -> OneOfThemDied.less(counted, f, figures.get(FigureKind.KILLED)));
    figures.compute(FigureKind.INJURED, (k, f) -> Unborn.notAmongTheHurt(text, counted, f)); // "her unborn baby"
    figures.compute(FigureKind.INJURED, (k, f) -> SuspectAlsoHurt.raise(text, counted, f)); // "gunman hospitalized"
    ShooterSuicide.besideDeaths(text, figures, counted, found); // "wounded two before shooting himself": lived
    ShooterSuicide.murderedBeside(figures); // "after parents' murder-suicide": one murdered, not one of the hurt
    DeadSuspect.inTheCount(text, figures); // "4 dead" … "the gunman was shot dead by police": four
    DeadSuspect.toldTwice(text, figures); // "… fatally shoots man" … "the suspect was killed": one dead
    OfficerBesideDeadSuspect.restore(text, figures, oneByOne, deaths, shotTotal); // "a trooper was shot", suspect dead
    return figures;
  }

  /**
   * Whether the hurt counted one by one are, in an incident whose deaths are reported ({@code dead} the count kept,
   * {@code deaths} every count found), one of the dead described again: someone only shot, not said to be another
   * ("also") or alive; or one person wounded of the same age as one of the dead ("an accidental shooting …
   * critically injured a 16-year-old" beside "… has killed a 16-year-old", as the news came in); or one told dead in
   * its own sentence or the next ("has died after she was wounded", "… was wounded. … where she died",
   * {@link WoundedThenDied}).
   */
  private static boolean oneOfTheDead(String text, Figure shot, Figure dead, List<Figure> deaths) {
    if (shot.rule().equals(FigureRules.SINGULAR)) {
      return dead.best() >= 1 && !OtherThanTheDead.told(text, shot); // "A woman was shot in the arm", "… also …"
    }
    // the age may be told by any count of the dead, not only the first (a headline's "Teen … killed")
    return shot.rule().equals(FigureRules.SINGULAR_WOUNDED) && shot.best() == 1
        && (deaths.stream().anyMatch(d -> OneByOne.sameAge(shot.evidence().text(), d.evidence().text()))
        || WoundedThenDied.died(text, shot) && !OtherThanTheDead.alive(shot.evidence().sentence().of(text)));
  }

  /**
   * {@code f} as this incident reads it: one person struck after shots fired ({@link FigureRules#STRUCK_AFTER_SHOTS})
   * is one victim counted one by one where the incident tells no death, and no figure (null) where it does: "shots
   * were fired, striking the girl" beside "She … was pronounced dead" is the dead told again, and counted first it
   * would hide "The shooting also injured a 39-year-old man and a 26-year-old man" told later. Any other figure as it
   * is.
   */
  private static FigureRules.Found struckAfterShots(FigureRules.Found f, boolean deathTold) {
    Figure x = f.figure();
    if (!x.rule().equals(FigureRules.STRUCK_AFTER_SHOTS)) {
      return f;
    }
    return deathTold ? null : new FigureRules.Found(new Figure(x.kind(), x.low(), x.best(), x.high(), x.qualifier(),
        x.phrase(), FigureRules.SINGULAR, x.evidence()), f.update());
  }

  /** Words of a death in the sentence that tells someone wounded beside it: "Two men died and a boy was wounded". */
  static final java.util.regex.Pattern DEATHS = java.util.regex.Pattern.compile(
      "(?i)\\b(dead|died|killed|fatally|death)\\b");
  /** A figure any explicit count of its kind replaces: victims counted one by one, everyone shot. */
  private static boolean weak(Figure f) {
    return f.rule().equals(FigureRules.SINGULAR) || f.rule().equals(FigureRules.SINGULAR_WOUNDED)
        || f.rule().equals(FigureRules.SHOT_TOTAL) || f.rule().equals(FigureRules.STRUCK_AFTER_SHOTS);
  }
}

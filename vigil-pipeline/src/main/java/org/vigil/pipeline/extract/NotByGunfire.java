package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Figure;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * The hurt by flying glass are not among the hurt by gunfire (GVA counts people shot): a count of the injured told
 * with no word of gunfire loses those the article tells cut by glass. "Though five people were injured in the
 * drive-by shooting … — four from gunshots and one from flying glass" (GVA dev: 4, we read 5); "injuring nine people
 * … Three were treated at the scene for injuries from broken glass, and released" (GVA 6, we read 9); "Six people …
 * were wounded … Her granddaughter was injured by shattered glass" (GVA 5, we read 6). Session 15, hurt15b. A count
 * whose part shot is told right after it ("six people injured, five with gunshot wounds") keeps that part (Session 16,
 * hurt16b). Nor are the hurt by a fall in the flight ("The child was injured after falling as she ran away"; Session
 * 18, hurt18c). Stateless.
 */
final class NotByGunfire {
  private NotByGunfire() {}

  /** The rule of a count of the hurt less those hurt by glass. */
  static final String RULE = "hurt-minus-glass";

  /** Counts of the injured in words of harm alone, which may hold the hurt by glass (not "shot", "shot-total"). */
  static final Set<String> HURT_RULES = Set.of("number-injured", "number-noun-injured", "verb-injure",
      "verb-wound", "verb-hurt", "verb-hospitalize", "verb-send", "verb-treat");

  /** Words of gunfire in the count: then it counts those shot ("four people shot and injured"). */
  private static final Pattern GUNFIRE = Pattern.compile("(?i)\\b(shot|gunshots?|gunfire|bullets?)\\b");

  /**
   * Gunfire as the cause right after the count: "were injured by gunfire", "injured from gunshot wounds" (not "injuring
   * nine people before he was shot by officers", the gunman's).
   */
  private static final Pattern BY_GUNFIRE = Pattern.compile("(?i)^[\\s,]*(by|from|with)\\s+(a\\s+|the\\s+)?"
      + "(gunfire|gunshots?|bullets?)\\b");

  /** The glass, told by what broke it: "flying glass", "broken glass", "shattered glass". */
  private static final Set<String> GLASS_STATES = Set.of("flying", "broken", "shattered");

  /** Words of harm before "by / from … glass": "injured by glass", "treated … for injuries from broken glass". */
  private static final Set<String> HARM = Set.of("injured", "hurt", "cut", "injuries", "injury", "wounded",
      "wounds", "treated", "struck", "hit");

  /** Where the clause of the hurt by glass begins, walking back. */
  private static final Set<String> CLAUSE_BREAKS = Set.of(".", ";", ",", ":", "--", "-", "\u2014", "\u2013", "and",
      "but", "-LRB-", "(");

  /** How many tokens back the clause of the hurt by glass is read. */
  private static final int REACH = 12;

  /**
   * The count of the hurt less those the incident's sentences tell hurt by glass or by a fall (the most any one
   * sentence tells), when the count is in words of harm alone and is more than they; else {@code injured} (which may
   * be null).
   *
   * @param text the article's text
   * @param sentences the incident's sentences, in text order
   * @param injured the incident's count of the hurt, or null
   */
  static Figure less(String text, List<Sentence> sentences, Figure injured) {
    if (injured == null || !HURT_RULES.contains(injured.rule())) {
      return injured;
    }
    int shot = partShot(sentences, injured);
    if (shot > 0 && shot < injured.best()) {
      int others = injured.best() - shot;
      return IncidentFigures.shifted(injured, -others, injured.phrase() + " - " + others, RULE);
    }
    if (GUNFIRE.matcher(injured.evidence().text()).find()
        || BY_GUNFIRE.matcher(text.substring(injured.evidence().span().end())).find()) {
      return injured;
    }
    int glass = 0;
    for (Sentence s : sentences) {
      glass = Math.max(glass, Math.max(byGlass(s.tokens()), inFlight(s.span().of(text))));
    }
    if (glass == 0 || glass >= injured.best()) {
      return injured;
    }
    return IncidentFigures.shifted(injured, -glass, injured.phrase() + " - " + glass, RULE);
  }

  /** A fall or a crush in the flight from the gunfire: "she fell when she tried to run away", "was not shot". */
  private static final Pattern FALL = Pattern.compile("(?i)\\b(fell|falling|tripped|trampled)\\b"
      + "|\\bnot\\s+(been\\s+)?shot\\b");

  /** Harm told beside the fall: "was injured", "injured her knee", "minor injuries". */
  private static final Pattern HARMED = Pattern.compile("(?i)\\b(injured|hurt|injuries|injury)\\b");

  /** Someone told shot in the sentence ("was shot and fell"), not "was not shot" nor "ran from the gunfire". */
  private static final Pattern TOLD_SHOT = Pattern.compile("(?i)(?<!\\bnot\\s)(?<!\\bnot\\sbeen\\s)\\bshot\\b"
      + "|\\b(gunshots?|bullets?)\\b");

  /**
   * Harm denied ("no one was injured", "was not hurt", "no other injuries"); a fall told apart from the count ("In
   * addition to the six shooting victims, … one person fell and sustained an injured knee": GVA 6, the six read); a
   * fall that killed ("died … from injuries suffered when he fell from a tree stand"), no one of the hurt.
   */
  private static final Pattern NO_HARM = Pattern.compile("(?i)\\b(no\\s+one|nobody|no\\s+other)\\b[^.]*?"
      + "\\b(injured|hurt)\\b|\\bno\\s+(other\\s+)?injur(y|ies)\\b|\\bnot\\s+(injured|hurt)\\b"
      + "|\\b(in\\s+addition\\s+to|besides|apart\\s+from|aside\\s+from)\\b|\\b(dead|died|killed|fatal|death)\\b");

  /**
   * One hurt, when the sentence tells a fall or a crush in the flight and harm, but no one shot: "Five people were
   * shot and a 6-year-old girl was injured … The child was injured after falling as she ran away"; "The little girl
   * was injured, but that was because she fell when she tried to run away" (Session 18, hurt18c: three reports of
   * one shooting, GVA 5, we read 6 in each). Else 0.
   */
  private static int inFlight(String sentence) {
    return FALL.matcher(sentence).find() && HARMED.matcher(sentence).find() && !TOLD_SHOT.matcher(sentence).find()
        && !NO_HARM.matcher(sentence).find() ? 1 : 0;
  }

  /** Words of gunfire that tell the part of a count who were shot: "five with gunshot wounds", "five by gunfire". */
  private static final Set<String> GUNFIRE_WORDS = Set.of("gunshot", "gunshots", "gunfire", "bullet", "bullets");

  /**
   * The part of the count told shot right after it, or 0: "left six people injured, five with gunshot wounds", a
   * headline's "leaves six injured, five by gunfire" (Session 16, hurt16b: GVA 5, we read 6); the others were hurt
   * otherwise.
   */
  private static int partShot(List<Sentence> sentences, Figure injured) {
    for (Sentence s : sentences) {
      if (!s.span().equals(injured.evidence().sentence())) {
        continue;
      }
      List<Token> t = s.tokens();
      int k = s.firstTokenFrom(injured.evidence().span().end());
      if (k + 3 < t.size() && t.get(k).word().equals(",") && Set.of("with", "by", "from").contains(t.get(k + 2).lower())
          && t.subList(k + 3, Math.min(t.size(), k + 5)).stream().anyMatch(w -> GUNFIRE_WORDS.contains(w.lower()))) {
        Integer part = NumberPhrase.parse(t.get(k + 1));
        return part == null ? 0 : part;
      }
    }
    return 0;
  }

  /** How many people the sentence tells hurt by glass: the number of its clause ("one from flying glass"), else 1. */
  private static int byGlass(List<Token> t) {
    int most = 0;
    for (int i = 1; i < t.size(); i++) {
      if (!t.get(i).lower().equals("glass")) {
        continue;
      }
      int j = GLASS_STATES.contains(t.get(i - 1).lower()) ? i - 2 : i - 1;
      if (j < 1 || !t.get(j).lower().equals("by") && !t.get(j).lower().equals("from")) {
        continue;
      }
      most = Math.max(most, clauseCount(t, j));
    }
    return most;
  }

  /**
   * The count of the clause before "by / from" at {@code j}: a number right before it ("one from flying glass"), or
   * the nearest number of a clause with a word of harm ("Three were treated … for injuries from broken glass"), or 1
   * for one told hurt ("her husband was injured by glass"); 0 when the clause tells no harm ("a window shattered by
   * glass").
   */
  private static int clauseCount(List<Token> t, int j) {
    Integer right = NumberPhrase.parse(t.get(j - 1));
    if (right != null) {
      return right;
    }
    boolean harm = false;
    Integer nearest = null;
    for (int k = j - 1; k >= Math.max(0, j - REACH) && !CLAUSE_BREAKS.contains(t.get(k).word()); k--) {
      harm |= HARM.contains(t.get(k).lower());
      if (nearest == null && !NumberPhrase.looksLikeYear(t.get(k))) {
        nearest = NumberPhrase.parse(t.get(k));
      }
    }
    return !harm ? 0 : nearest == null ? 1 : nearest;
  }
}

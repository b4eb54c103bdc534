package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Figure;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * One person hit in a limb, a wound one most often survives: "an officer was struck in the left arm", "A woman was
 * shot in the arm and taken to a hospital" (Session 12, hurt12b). The count rules ask {@link #struckIn} whether
 * "struck" / "hit" without "by gunfire" harms someone, and {@link IncidentFigures} asks {@link #besideTheDead} whether
 * one person told shot beside reported deaths is someone else than the dead described again.
 *
 * <p>Stateless and thread-safe.
 */
final class LimbWound {
  private LimbWound() {}

  /** The limbs of {@link InjuredOneByOne#LIMBS} and the joints where they meet the body. */
  private static final Set<String> PARTS = union(InjuredOneByOne.LIMBS, Set.of("shoulder", "elbow", "hip", "buttock"));

  /**
   * A verb of harm, or a wound ("suffered a gunshot wound in her left hand", Session 18, hurt18a), then within three
   * words "in / to the (left) arm".
   */
  private static final Pattern HIT_IN_LIMB = Pattern.compile("(?i)\\b(shot|struck|hit|grazed|wounded|wounds?)\\b"
      + "(\\s+[\\w'-]+){0,3}?\\s+(in|to)\\s+(the|his|her|one|a|an|both)\\s+((left|right|upper|lower)\\s+)?("
      + String.join("|", PARTS) + ")s?\\b");

  /** The verbs of a blow: "struck", "hit". */
  private static final Set<String> STRIKE = Set.of("strike", "hit");

  /** The prepositions of where a blow lands: "in the arm", "to the shoulder". */
  private static final Set<String> IN_OR_TO = Set.of("in", "to");

  /** Words that introduce someone not named before: "A woman", "an officer", "One man", "another victim". */
  private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");

  /** Words that point back to someone named before: "The victim", "his mother", "the boy". */
  private static final Set<String> DEFINITE = Set.of("the", "his", "her", "their", "its", "this", "that");

  /**
   * Whether "struck" or "hit" at {@code v} harms someone in a limb: "an officer was struck in the left arm". (Session
   * 11 found "struck in the head" told mostly of the dead described again; a limb is another matter.)
   */
  static boolean struckIn(Sentence s, int v) {
    List<Token> t = s.tokens();
    return STRIKE.contains(t.get(v).lemma()) && t.get(v).isVerb()
        && s.children(v, "obl").stream().anyMatch(o -> PARTS.contains(t.get(o).lemma())
            && s.children(o, "case").stream().anyMatch(c -> IN_OR_TO.contains(t.get(c).lower())));
  }

  /**
   * The people whose limb the verb at {@code v} takes as its object: "one bullet grazed a child's leg", "a stray
   * round grazed a man's hand" (Session 21, hurt21c). The object is the limb, not the one hurt, so the count rules
   * would find no one; its owner ("child", "woman", a name) is the one hurt. A pronoun owner ("grazed his leg") is
   * left out: it may point back to one of the dead.
   */
  static List<Integer> owners(Sentence s, int v) {
    List<Token> t = s.tokens();
    List<Integer> owners = new java.util.ArrayList<>();
    for (int o : s.children(v, "obj")) {
      if (PARTS.contains(t.get(o).lemma())) {
        s.children(o, "nmod:poss").stream().filter(p -> !t.get(p).pos().startsWith("PRP")).forEach(owners::add);
      }
    }
    return owners;
  }

  /**
   * Whether one person counted one by one ({@code one} a {@link FigureRules#SINGULAR} figure) is someone beside the
   * dead: introduced anew ("a", "an", "one", "another" before the person, no "the" or "his"), told hit in a limb in
   * its sentence, and neither that sentence nor the next tells a death ("A woman was shot in the arm. She died at the
   * hospital" is one of the dead).
   *
   * @param text the article's text
   * @param one the figure of one person hurt
   */
  static boolean besideTheDead(String text, Figure one) {
    return HIT_IN_LIMB.matcher(one.evidence().sentence().of(text)).find() && newlyIntroduced(text, one);
  }

  /**
   * Whether the one person of {@code one} is introduced anew ("a", "an", "one", "another" before the person, no "the"
   * or "his") and neither its sentence nor the next tells a death: what tells someone beside the dead once the
   * sentence says a wound one survives ({@link #besideTheDead}) or care alone ({@link OtherThanTheDead#inCare}).
   */
  static boolean newlyIntroduced(String text, Figure one) {
    String sentence = one.evidence().sentence().of(text);
    if (IncidentFigures.DEATHS.matcher(sentence).find()
        || IncidentFigures.DEATHS.matcher(nextSentence(text, one.evidence().sentence().end())).find()) {
      return false;
    }
    // the words of the noun phrase before the person word the evidence starts at ("An 8-year-old child")
    String before = text.substring(one.evidence().sentence().start(), one.evidence().span().start());
    String[] words = before.trim().toLowerCase(java.util.Locale.ROOT).split("[\\s,]+");
    for (int i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
      if (DEFINITE.contains(words[i])) {
        return false;
      }
      if (INDEFINITE.contains(words[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The label of a link to another story that may follow the sentence: "RELATED: State Trooper Wounded, one suspect
   * dead in 7th Ward shooting" after "a State Trooper was shot in the left elbow" tells no death of this one (Session
   * 18, hurt18a; the links themselves are {@code annotate.RelatedLinks}').
   */
  private static final Pattern LINK_LABEL = Pattern.compile("\\s*(RELATED|STORY|READ MORE|MORE|SEE ALSO)\\s*:");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

  /**
   * The text of the sentence after {@code end}: up to its first full stop, question or exclamation mark; none when it
   * is a link to another story ({@link #LINK_LABEL}), whose deaths are not this story's.
   */
  static String nextSentence(String text, int end) {
    Matcher m = SENTENCE_END.matcher(text);
    int from = Math.min(text.length(), end);
    String next = m.find(from) ? text.substring(from, m.end()) : text.substring(from);
    return LINK_LABEL.matcher(next).lookingAt() ? "" : next;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}

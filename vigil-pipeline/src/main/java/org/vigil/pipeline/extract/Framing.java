package org.vigil.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.IncidentTime;
import org.vigil.model.IncidentType;
import org.vigil.model.TimePrecision;
import org.vigil.pipeline.resolve.time.DateResolver;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * Finds event triggers and decides, for each, whether it reports the article's new incident or recalls, warns of or
 * imagines another one. The cues are the ones news writing uses to move out of the present story: an earlier year
 * ("in 2012"), "that year", "last year", "at the time", "then", a distal demonstrative ("That attack"), and
 * warnings ("warned of possible attacks"). Headlines over thin pages tell a shooting in words of their own ("hit by
 * stray bullet", "discharged a firearm", "2 self-inflicted deaths"), read here beside the word that makes them one.
 */
final class Framing {
  private static final Set<String> WARNING_WORDS = Set.of("warn", "warning", "threaten", "threat", "plan", "plot",
      "fear", "possible", "potential", "risk", "prevent", "foil", "thwart", "alert", "future", "planned", "urge",
      "vow", "could", "would", "may", "might");
  private static final Set<String> OTHER_INCIDENT_MODIFIERS = Set.of("that", "those", "previous", "earlier",
      "similar", "prior", "past", "last", "another", "former");
  /** Words opening a clause that tells what happened before: no warning reaches across them. */
  private static final Set<String> AFTER = Set.of("after", "following");

  private static final DateResolver DATES = new DateResolver();

  private Framing() {}

  /** The trigger mentions of one sentence, each with its frame, given the sentence's own {@link #sentenceFrame}. */
  static List<Mention> mentions(Sentence s, Frame sentenceFrame) {
    List<Mention> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      String lemma = k.lemma();
      IncidentType type = Lexicon.SPECIFIC_TRIGGERS.get(lemma);
      boolean generic = type == null && Lexicon.GENERIC_TRIGGERS.contains(lemma);
      if (type == null && !generic) {
        type = phraseType(t, i);
        generic = type == null && selfInflicted(t, i);
      }
      if (type == null && !generic) {
        continue;
      }
      if (!(k.isNoun() || k.isVerb())) {
        continue;
      }
      // "strike" is a labour strike or a military strike as often as an attack; it only counts as a verb with an
      // object or as "air strike" (handled by the lexicon).
      if (lemma.equals("strike") && k.isNoun()) {
        continue;
      }
      // "kill" reports an event only as a verb
      if ((lemma.equals("kill") || lemma.equals("shoot")) && !k.isVerb()) {
        continue;
      }
      if (lemma.equals("rocket") || lemma.equals("mortar")) {
        // a weapon word; only a trigger when it is the head of the clause subject/object of an attack verb
        continue;
      }
      Frame f = sentenceFrame;
      if (f == Frame.MAIN) {
        f = mentionFrame(s, i);
      }
      // "an armed attack", "armed assault": the adjective makes a generic trigger specific
      if (type == null && (i > 0 && t.get(i - 1).lower().equals("armed")
          || i > 1 && t.get(i - 2).lower().equals("armed") && t.get(i - 1).pos().startsWith("JJ"))) {
        type = IncidentType.ARMED_ASSAULT;
      }
      if (type == IncidentType.BOMBING && suicide(s, i)) {
        type = IncidentType.SUICIDE_BOMBING;
      }
      out.add(new Mention(s.index(), i, type, f));
    }
    return out;
  }

  /** The frame of a whole sentence from its time cues; MAIN when it has none. */
  static Frame sentenceFrame(String text, Sentence s, LocalDate published) {
    List<Token> t = s.tokens();
    // a time phrase that resolves to more than a month before publication ("In March, at least 23 people died" in a
    // June paper, "Last July, soldiers were killed"), or to a whole earlier month
    if (published != null) {
      for (DateResolver.Expression e : DATES.expressions(text, s)) {
        String before = e.first() > 0 ? t.get(e.first() - 1).lower() : "";
        if (Set.of("since", "until", "till", "by", "before").contains(before)) {
          continue;
        }
        IncidentTime r = DATES.resolve(text, s, e, published, null);
        if (r != null && r.end() != null && r.end().isBefore(published.minusDays(31))) {
          return Frame.HISTORICAL;
        }
        // a whole earlier month: "Last month, al-Shabab claimed attacks in Mandera" in an April paper
        if (r != null && r.end() != null && r.precision() == TimePrecision.MONTH
            && r.end().isBefore(published.withDayOfMonth(1))) {
          return Frame.HISTORICAL;
        }
      }
    }
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      String w = k.lower();
      String prev = i > 0 ? t.get(i - 1).lower() : "";
      // an explicit year before the publication year: "in 2012", "in March 2015"
      if (k.word().matches("(19|20)\\d\\d") && !Set.of("since", "until", "till", "before", "by").contains(prev)) {
        int year = Integer.parseInt(k.word());
        if (published != null && year < published.getYear()) {
          return Frame.HISTORICAL;
        }
      }
      if (w.equals("year") && (prev.equals("that") || prev.equals("last") || prev.equals("previous"))) {
        return Frame.HISTORICAL;
      }
      if (w.equals("month") && (prev.equals("last") || prev.equals("previous"))) {
        return Frame.HISTORICAL;
      }
      if ((w.equals("ago")) && i > 0 && (t.get(i - 1).lemma().equals("year") || t.get(i - 1).lemma().equals("month"))) {
        return Frame.HISTORICAL;
      }
      if (w.equals("time") && prev.equals("the") && i > 1 && t.get(i - 2).lower().equals("at")) {
        return Frame.HISTORICAL;
      }
      // "it was unclear then": "then" right after an adjective or participle looks back at an earlier moment
      if (w.equals("then") && i > 0 && (t.get(i - 1).pos().equals("JJ") || t.get(i - 1).pos().equals("VBN"))) {
        return Frame.HISTORICAL;
      }
      if ((w.equals("previously") || w.equals("earlier")) && i + 2 < t.size()
          && t.get(i + 1).lower().equals("this") && t.get(i + 2).lower().equals("year")) {
        return Frame.HISTORICAL;
      }
    }
    return Frame.MAIN;
  }

  private static Frame mentionFrame(Sentence s, int i) {
    List<Token> t = s.tokens();
    // modifiers of the trigger itself: "That attack", "a previous attack", "possible attacks"
    for (var d : s.dependencies()) {
      if (d.governor() != i) {
        continue;
      }
      String w = t.get(d.dependent()).lower();
      if ((d.relation().equals("det") || d.relation().equals("amod")) && OTHER_INCIDENT_MODIFIERS.contains(w)) {
        return Frame.HISTORICAL;
      }
      // "Possible accidental shooting led to man's death": one shooting of uncertain kind, not a warning
      if (d.relation().equals("amod") && WARNING_WORDS.contains(w)
          && !(w.equals("possible") && t.get(i).pos().equals("NN"))) {
        return Frame.WARNING;
      }
      if (d.relation().equals("det") && w.equals("no")) {
        return Frame.HYPOTHETICAL;
      }
      if (d.relation().equals("aux") && WARNING_WORDS.contains(w)) {
        return Frame.HYPOTHETICAL;
      }
    }
    if (i > 0 && OTHER_INCIDENT_MODIFIERS.contains(t.get(i - 1).lower()) && !t.get(i - 1).lower().equals("last")) {
      return Frame.HISTORICAL;
    }
    // the trigger's governors: "warned of possible attacks", "plotting attacks"
    // ... but not across "after": "chief urges gun safety after juvenile shot" tells a shooting that happened
    int x = i;
    int h = s.head(i);
    for (int hop = 0; hop < 2 && h >= 0; hop++) {
      if (after(s, x)) {
        return Frame.MAIN;
      }
      if (WARNING_WORDS.contains(t.get(h).lemma())) {
        return Frame.WARNING;
      }
      x = h;
      h = s.head(h);
    }
    return Frame.MAIN;
  }

  private static boolean after(Sentence s, int token) {
    for (var d : s.dependencies()) {
      if (d.governor() == token && (d.relation().equals("mark") || d.relation().equals("case"))
          && AFTER.contains(s.tokens().get(d.dependent()).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The type of a shooting told without a trigger word, read from the words beside it (no parse needed, so a
   * headline over an empty page is read too): a weapon "discharged" ("a teen discharged a firearm", "accidental
   * discharge of a handgun"), a "stray bullet" or one that "hit" someone, shots someone was "hit by", a "home
   * invasion". Null when the word is no trigger here. ("fired shots" was tried too: it drew other shots of a story
   * into its incident.)
   */
  static IncidentType phraseType(List<Token> t, int i) {
    Token k = t.get(i);
    String lemma = k.lemma();
    String prev = i > 0 ? t.get(i - 1).lemma() : "";
    if (lemma.equals("discharge") && near(t, i, -3, 5, Lexicon.FIREARM_NOUNS)) {
      return IncidentType.ARMED_ASSAULT;
    }
    if (lemma.equals("bullet") && k.isNoun() && (near(t, i, -2, 0, Set.of("stray"))
        || near(t, i, -4, 0, Set.of("hit", "strike")))) {
      return IncidentType.ARMED_ASSAULT;
    }
    if (lemma.equals("shot") && struckBy(t, i)) {
      return IncidentType.ARMED_ASSAULT;
    }
    if (lemma.equals("invasion") && prev.equals("home")) {
      return IncidentType.ROBBERY;
    }
    return null;
  }

  /** "2 self-inflicted deaths", "a self-inflicted wound": a harm that tells a suicide or a shooting. */
  static boolean selfInflicted(List<Token> t, int i) {
    if (i == 0 || !Lexicon.HARM_NOUNS.contains(t.get(i).lemma()) || !t.get(i).isNoun()) {
      return false;
    }
    // the tokenizer may keep the word whole or split it at the hyphen
    String before = t.subList(Math.max(0, i - 3), i).stream().map(Token::lower).reduce("", String::concat);
    return before.endsWith("self-inflicted");
  }

  /**
   * Whether the token is shots someone was "hit by" or "struck by": "the boy, his grandmother and a man
   * were hit by shots from a passing car" (Session 18, hurt18f, GVA dev: no trigger, so the sentence was never parsed
   * and no one counted; "hit by gunfire" was). Shots fired alone stay no trigger (they may be another story's); not
   * "hit by a stray bullet", which parsed also read a related story's headline in a page's links as one more hurt.
   * {@link IncidentExtractor#needsParse} asks it too, read without the parse.
   */
  static boolean struckBy(List<Token> t, int i) {
    return t.get(i).lemma().equals("shot") && t.get(i).isNoun()
        && near(t, i, -3, -1, Set.of("by")) && near(t, i, -4, -2, Set.of("hit", "strike"));
  }

  private static boolean near(List<Token> t, int i, int from, int to, Set<String> lemmas) {
    for (int j = Math.max(0, i + from); j <= Math.min(t.size() - 1, i + to); j++) {
      if (j != i && lemmas.contains(t.get(j).lemma())) {
        return true;
      }
    }
    return false;
  }

  private static boolean suicide(Sentence s, int i) {
    for (int j = Math.max(0, i - 3); j < Math.min(s.tokens().size(), i + 2); j++) {
      if (Lexicon.SUICIDE.contains(s.tokens().get(j).lemma())) {
        return true;
      }
    }
    return false;
  }
}

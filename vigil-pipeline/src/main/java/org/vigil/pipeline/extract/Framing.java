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
 * warnings ("warned of possible attacks").
 */
final class Framing {
  private static final Set<String> WARNING_WORDS = Set.of("warn", "warning", "threaten", "threat", "plan", "plot",
      "fear", "possible", "potential", "risk", "prevent", "foil", "thwart", "alert", "future", "planned", "urge",
      "vow", "could", "would", "may", "might");
  private static final Set<String> OTHER_INCIDENT_MODIFIERS = Set.of("that", "those", "previous", "earlier",
      "similar", "prior", "past", "last", "another", "former");

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
      if (d.relation().equals("amod") && WARNING_WORDS.contains(w)) {
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
    int h = s.head(i);
    for (int hop = 0; hop < 2 && h >= 0; hop++) {
      if (WARNING_WORDS.contains(t.get(h).lemma())) {
        return Frame.WARNING;
      }
      h = s.head(h);
    }
    return Frame.MAIN;
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

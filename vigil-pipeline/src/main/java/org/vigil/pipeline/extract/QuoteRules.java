package org.vigil.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Evidence;
import org.vigil.model.Quote;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * Finds statements and who made them, from the dependency parse rather than coreference (which costs more than
 * it earns, see DEPENDENCIES.md): "X said", "said X", "according to X", a pronoun speaker resolved to the last person
 * named, and a quotation paragraph that continues the previous speaker's quote.
 */
final class QuoteRules {
  private static final Pattern QUOTE =
      Pattern.compile("[\"\u201c\u201d\u201e]([^\"\u201c\u201d\u201e]{3,})[\"\u201c\u201d\u201e]");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it");

  private QuoteRules() {}

  /** A statement found in the article, with the sentence it belongs to. */
  record Found(int sentence, Quote quote) {}

  static List<Found> quotes(Annotated doc) {
    String text = doc.text();
    List<Found> out = new ArrayList<>();
    List<Span> quoted = new ArrayList<>();
    Matcher m = QUOTE.matcher(text);
    Found previous = null;
    while (m.find()) {
      Span inner = new Span(m.start(1), m.end(1));
      Span outer = new Span(m.start(), m.end());
      quoted.add(outer);
      Sentence s = sentenceAt(doc, inner.start());
      if (s == null) {
        continue;
      }
      Speaker sp = speakerOutside(doc, s, outer);
      String rule = sp == null ? null : sp.rule;
      if (sp == null && previous != null && previous.quote().speaker() != null
          && startsParagraph(doc, outer) && previous.sentence() >= s.index() - 2) {
        Quote p = previous.quote();
        sp = new Speaker(p.speaker(), p.speakerRole(), "continued-quote", p.speakerEvidence());
        rule = sp.rule;
      }
      String body = inner.of(text).strip();
      Evidence ev = new Evidence(inner, inner.of(text), s.span());
      Quote q = new Quote(body, true, sp == null ? null : sp.name, sp == null ? null : sp.role, rule, ev,
          sp == null ? null : sp.evidence);
      Found f = new Found(s.index(), q);
      out.add(f);
      previous = f;
    }
    // reported speech: "A source close to the case said the number … was raised to 32"
    for (Sentence s : doc.sentences()) {
      boolean insideQuote = quoted.stream().anyMatch(q -> q.overlaps(s.span()));
      if (insideQuote) {
        continue;
      }
      Speaker sp = speakerOutside(doc, s, null);
      if (sp == null) {
        continue;
      }
      Span statement = statementSpan(s, sp);
      if (statement == null) {
        continue;
      }
      Evidence ev = new Evidence(statement, statement.of(text), s.span());
      out.add(new Found(s.index(), new Quote(statement.of(text), false, sp.name, sp.role, sp.rule, ev,
          sp.evidence)));
    }
    out.sort((a, b) -> Integer.compare(a.quote().evidence().span().start(), b.quote().evidence().span().start()));
    return out;
  }

  private record Speaker(String name, String role, String rule, Evidence evidence, int verb, int first, int last) {
    Speaker(String name, String role, String rule, Evidence evidence) {
      this(name, role, rule, evidence, -1, -1, -1);
    }
  }

  private static boolean startsParagraph(Annotated doc, Span quote) {
    for (Span p : doc.article().paragraphs()) {
      if (p.start() == quote.start()) {
        return true;
      }
    }
    return false;
  }

  private static Sentence sentenceAt(Annotated doc, int offset) {
    for (Sentence s : doc.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s;
      }
    }
    return null;
  }

  /** The speaker of sentence {@code s}, looking only at tokens outside {@code quote} (which may be null). */
  private static Speaker speakerOutside(Annotated doc, Sentence s, Span quote) {
    String text = doc.text();
    List<Token> t = s.tokens();
    // "according to X"
    for (int i = 0; i + 2 < t.size(); i++) {
      if (inside(quote, t.get(i))) {
        continue;
      }
      if (t.get(i).lower().equals("according") && t.get(i + 1).lower().equals("to")) {
        int first = i + 2;
        int last = first;
        while (last + 1 < t.size() && !t.get(last + 1).word().equals(",") && !t.get(last + 1).word().equals(".")
            && !inside(quote, t.get(last + 1))) {
          last++;
        }
        return person(doc, s, first, last, "according-to", i);
      }
    }
    // speech verbs, the one nearest the quotation first: in "people said assailants had shouted \"…\"", the
    // quotation is what the assailants shouted
    List<Integer> verbs = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      if (k.isVerb() && Lexicon.SPEECH_VERBS.contains(k.lemma()) && !inside(quote, k)) {
        verbs.add(i);
      }
    }
    if (quote != null) {
      verbs.sort((a, b) -> Integer.compare(distance(t.get(a), quote), distance(t.get(b), quote)));
    }
    for (int i : verbs) {
      List<Integer> subj = s.children(i, "nsubj");
      if (subj.isEmpty()) {
        continue;
      }
      int head = subj.get(0);
      if (s.hasChild(head, "det", "no")) {
        continue;
      }
      if (t.get(head).pos().equals("PRP")) {
        if (!PRONOUNS.contains(t.get(head).lower()) || t.get(head).lower().equals("it")) {
          continue;
        }
        Speaker antecedent = lastPerson(doc, s, head);
        if (antecedent != null) {
          return new Speaker(antecedent.name, antecedent.role, "pronoun-previous-person", antecedent.evidence, i,
              head, head);
        }
        continue;
      }
      // the subject phrase runs from its first token to just before the verb when it precedes the verb
      int[] np = Phrases.nounPhrase(s, head);
      int first = np[0];
      int last = head < i ? i - 1 : np[1];
      while (last > first && (t.get(last).word().equals(",") || t.get(last).pos().equals("MD")
          || t.get(last).pos().equals("RB") || t.get(last).lemma().equals("have"))) {
        last--;
      }
      if (head > i) {
        // "said X": the subject after the verb
        first = np[0];
        last = np[1];
      }
      return person(doc, s, first, last, head < i ? "said-subject" : "said-inverted", i);
    }
    return null;
  }

  private static int distance(Token k, Span quote) {
    return k.end() <= quote.start() ? quote.start() - k.end() : Math.max(0, k.begin() - quote.end());
  }

  private static boolean inside(Span quote, Token k) {
    return quote != null && quote.start() <= k.begin() && k.end() <= quote.end();
  }

  /** Splits a speaker phrase into the person's name and their role ("mission spokesman Olivier Salgado"). */
  private static Speaker person(Annotated doc, Sentence s, int first, int last, String rule, int verb) {
    String text = doc.text();
    List<Token> t = s.tokens();
    int nameFirst = -1;
    int nameLast = -1;
    for (int i = first; i <= last; i++) {
      if (t.get(i).ner().equals("PERSON")) {
        if (nameFirst < 0) {
          nameFirst = i;
        }
        nameLast = i;
      } else if (nameFirst >= 0) {
        break;
      }
    }
    Evidence ev = Phrases.evidence(text, s, first, last);
    if (nameFirst < 0) {
      String name = s.text(text, first, last);
      return new Speaker(name, null, rule, ev, verb, first, last);
    }
    String name = s.text(text, nameFirst, nameLast);
    StringBuilder role = new StringBuilder();
    if (nameFirst > first) {
      role.append(s.text(text, first, nameFirst - 1));
    }
    String appos = apposition(text, s, nameLast);
    if (appos != null) {
      role.append(role.length() > 0 ? ", " : "").append(appos);
    }
    int evLast = nameLast;
    if (appos != null) {
      evLast = Math.min(t.size() - 1, nameLast + 1 + countTokens(s, nameLast + 2, appos.length(), text));
    }
    return new Speaker(name, role.length() == 0 ? null : role.toString(), rule,
        Phrases.evidence(text, s, first, Math.max(last, Math.min(evLast, t.size() - 1))), verb, first, last);
  }

  private static int countTokens(Sentence s, int from, int chars, String text) {
    if (from >= s.tokens().size()) {
      return 0;
    }
    int start = s.tokens().get(from).begin();
    int n = 0;
    for (int i = from; i < s.tokens().size() && s.tokens().get(i).end() <= start + chars; i++) {
      n++;
    }
    return n;
  }

  /** ", a spokesman for the Malian special forces" after a name, up to the next comma or the end. */
  private static String apposition(String text, Sentence s, int nameLast) {
    List<Token> t = s.tokens();
    if (nameLast + 2 >= t.size() || !t.get(nameLast + 1).word().equals(",")) {
      return null;
    }
    int from = nameLast + 2;
    Token first = t.get(from);
    if (!(first.pos().equals("DT") || first.isNoun() || first.pos().startsWith("JJ"))) {
      return null;
    }
    int to = from;
    while (to + 1 < t.size() && !t.get(to + 1).word().equals(",") && !t.get(to + 1).word().equals(".")
        && !t.get(to + 1).isVerb()) {
      to++;
    }
    return s.text(text, from, to);
  }

  /** The last person named before token {@code before} of {@code s}, looking back three sentences. */
  private static Speaker lastPerson(Annotated doc, Sentence s, int before) {
    for (int si = s.index(); si >= Math.max(0, s.index() - 3); si--) {
      Sentence cur = doc.sentences().get(si);
      int end = si == s.index() ? before - 1 : cur.tokens().size() - 1;
      for (int i = end; i >= 0; i--) {
        if (cur.tokens().get(i).ner().equals("PERSON") && !cur.tokens().get(i).pos().equals("PRP")) {
          int last = i;
          int first = i;
          while (first > 0 && cur.tokens().get(first - 1).ner().equals("PERSON")) {
            first--;
          }
          // include the title and role words around the name
          int roleFirst = first;
          while (roleFirst > 0 && cur.tokens().get(roleFirst - 1).isProperNoun()
              && !cur.tokens().get(roleFirst - 1).ner().equals("PERSON")) {
            roleFirst--;
          }
          return person(doc, cur, roleFirst, last, "pronoun", -1);
        }
      }
    }
    return null;
  }

  /** The reported clause of a speech verb ("the number of hostages freed was raised to 32"). */
  private static Span statementSpan(Sentence s, Speaker sp) {
    if (sp.verb < 0) {
      return null;
    }
    List<Token> t = s.tokens();
    List<Integer> comps = s.children(sp.verb, "ccomp");
    if (sp.rule.equals("according-to")) {
      // the statement is the rest of the sentence before "according to"
      int end = sp.verb - 1;
      while (end > 0 && t.get(end).word().equals(",")) {
        end--;
      }
      return end >= 0 ? s.span(0, end) : null;
    }
    if (comps.isEmpty()) {
      return null;
    }
    int c = comps.get(0);
    int first = c;
    int last = c;
    for (int i = 0; i < t.size(); i++) {
      if (descends(s, i, c)) {
        first = Math.min(first, i);
        last = Math.max(last, i);
      }
    }
    while (last > first && (t.get(last).word().equals(".") || t.get(last).word().equals(","))) {
      last--;
    }
    return s.span(first, last);
  }

  private static boolean descends(Sentence s, int token, int ancestor) {
    int h = token;
    for (int guard = 0; guard < 64 && h >= 0; guard++) {
      if (h == ancestor) {
        return true;
      }
      h = s.head(h);
    }
    return false;
  }
}

package org.vigil.pipeline.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article, with Mozilla Readability's scoring: every paragraph of 25 characters
 * or more scores 1 + its commas + one point per 100 characters (at most 3), and hands that score to its ancestors
 * (all of it to the parent, half to the grandparent, a third per level above); a container's score starts from its
 * tag and class names and is scaled by (1 − link density). Siblings of the winner that score well are kept with it.
 */
final class ReadabilityScorer {
  static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", Pattern.CASE_INSENSITIVE);
  static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead"
          + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool"
          + "|widget", Pattern.CASE_INSENSITIVE);
  private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> DIV_LIKE = Set.of("div", "section", "article", "main", "span", "font", "center");
  static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "aside", "blockquote", "canvas", "center", "dd", "details", "dialog", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
      "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
      "th", "thead", "tr", "ul", "caption", "legend", "noscript");
  private static final int ANCESTOR_LEVELS = 5;

  private final NodeStats stats;
  private final Map<Element, double[]> scores = new IdentityHashMap<>();

  ReadabilityScorer(NodeStats stats) {
    this.stats = stats;
  }

  /** The elements holding the article in document order (the best container and its good siblings), or empty. */
  List<Element> select(Element body) {
    for (Element e : body.getAllElements()) {
      if (!isScoredParagraph(e)) {
        continue;
      }
      NodeStats.Stat s = stats.of(e);
      if (s.text < 25) {
        continue;
      }
      double score = 1 + s.commas + Math.min(3, s.text / 100);
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parent()) {
        if (ancestor.normalName().equals("html") || ancestor.normalName().equals("#root")) {
          break;
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        candidate(ancestor)[0] += score / divider;
      }
    }
    if (scores.isEmpty()) {
      return List.of();
    }
    List<Element> ranked = new ArrayList<>(scores.keySet());
    for (Element e : ranked) {
      scores.get(e)[0] *= 1 - stats.of(e).linkDensity();
    }
    ranked.sort(Comparator.comparingDouble((Element e) -> -score(e)));
    Element top = ranked.get(0);
    top = preferSharedAncestor(top, ranked);
    top = climbWhileScoreHolds(top, body);
    while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return withSiblings(top);
  }

  double score(Element e) {
    double[] s = scores.get(e);
    return s == null ? 0 : s[0];
  }

  private boolean isScoredParagraph(Element e) {
    String tag = e.normalName();
    if (SCORED_TAGS.contains(tag)) {
      return !tag.equals("section") || !hasBlockChild(e);
    }
    // Readability turns a <div> without block children into a paragraph.
    return DIV_LIKE.contains(tag) && !tag.equals("span") && !tag.equals("font") && !hasBlockChild(e);
  }

  static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCK_TAGS.contains(c.normalName())) {
        return true;
      }
    }
    return false;
  }

  private double[] candidate(Element e) {
    return scores.computeIfAbsent(e, k -> new double[] {initialScore(k)});
  }

  private static double initialScore(Element e) {
    double score = switch (e.normalName()) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return score + classWeight(e);
  }

  /** ±25 for a content-like or furniture-like class, and again for the id. */
  static int classWeight(Element e) {
    int weight = 0;
    for (String name : new String[] {e.className(), e.id()}) {
      if (name.isEmpty()) {
        continue;
      }
      if (NEGATIVE.matcher(name).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(name).find()) {
        weight += 25;
      }
    }
    return weight;
  }

  /** When three or more near-best candidates sit under one ancestor of the best, the article is that ancestor. */
  private Element preferSharedAncestor(Element top, List<Element> ranked) {
    double topScore = score(top);
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < ranked.size() && alternatives.size() < 5; i++) {
      if (score(ranked.get(i)) >= 0.75 * topScore) {
        alternatives.add(ranked.get(i));
      }
    }
    if (alternatives.size() < 3) {
      return top;
    }
    for (Element parent = top.parent(); parent != null && !parent.normalName().equals("body");
        parent = parent.parent()) {
      int containing = 0;
      for (Element alt : alternatives) {
        if (isAncestor(parent, alt)) {
          containing++;
        }
      }
      if (containing >= 3) {
        candidate(parent);
        return parent;
      }
    }
    return top;
  }

  private Element climbWhileScoreHolds(Element top, Element body) {
    double last = score(top);
    double threshold = last / 3;
    for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
      double s = score(parent);
      if (s == 0 && !scores.containsKey(parent)) {
        continue;
      }
      if (s < threshold) {
        break;
      }
      if (s > last) {
        return parent;
      }
      last = s;
    }
    return top;
  }

  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, score(top) * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      boolean sameClass = !top.className().isEmpty() && top.className().equals(sibling.className());
      double bonus = sameClass ? score(top) * 0.2 : 0;
      NodeStats.Stat s = stats.of(sibling);
      if (scores.containsKey(sibling) && score(sibling) + bonus >= threshold) {
        out.add(sibling);
      } else if (sameClass && s.text >= 100 && s.linkDensity() < 0.3) {
        // An article cut into same-class chunks by figures: a chunk whose paragraphs sit too deep to be scored.
        out.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        double ld = s.linkDensity();
        String text = sibling.text();
        if ((s.text > 80 && ld < 0.25) || (s.text > 0 && s.text <= 80 && ld == 0 && text.matches("(?s).*\\.( .*|$)"))) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}

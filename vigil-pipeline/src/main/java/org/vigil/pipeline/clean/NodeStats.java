package org.vigil.pipeline.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics of every element under a root, computed in one iterative post-order pass (no recursion, so
 * deeply nested pages cannot overflow the stack).
 */
final class NodeStats {
  /** Counts for one element and everything under it. */
  static final class Stat {
    /** Characters of text, whitespace runs counted as one. */
    int text;
    /** Of those, characters inside links. */
    int linkText;
    int commas;
    int paragraphs;
    int images;
    int listItems;
    int inputs;
    int embeds;
    int headings;
    int quotes;

    double linkDensity() {
      return text == 0 ? 0 : (double) linkText / text;
    }

    void add(Stat o) {
      text += o.text;
      linkText += o.linkText;
      commas += o.commas;
      paragraphs += o.paragraphs;
      images += o.images;
      listItems += o.listItems;
      inputs += o.inputs;
      embeds += o.embeds;
      headings += o.headings;
      quotes += o.quotes;
    }
  }

  private static final Stat EMPTY = new Stat();

  private final Map<Element, Stat> stats = new IdentityHashMap<>();

  NodeStats(Element root) {
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          stats.put(e, new Stat());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        Element parent = node.parent() instanceof Element p ? p : null;
        Stat target = parent == null ? null : stats.get(parent);
        if (node instanceof TextNode t) {
          if (target != null) {
            countText(t.getWholeText(), target);
          }
        } else if (node instanceof Element e) {
          Stat s = stats.get(e);
          switch (e.normalName()) {
            case "a" -> s.linkText = s.text;
            case "p" -> s.paragraphs++;
            // Readability turns a <div> without block children into a <p> before it counts paragraphs.
            case "div" -> s.paragraphs += s.text > 0 && !ReadabilityScorer.hasBlockChild(e) ? 1 : 0;
            case "img", "picture" -> s.images++;
            case "li" -> s.listItems++;
            case "input", "select", "textarea", "button" -> s.inputs++;
            case "embed", "object", "iframe", "video", "audio" -> s.embeds++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> s.headings++;
            case "blockquote" -> s.quotes++;
            default -> { }
          }
          if (target != null && e != root) {
            target.add(s);
          }
        }
      }
    }, root);
  }

  Stat of(Element e) {
    Stat s = stats.get(e);
    return s == null ? EMPTY : s;
  }

  private static void countText(String s, Stat target) {
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (TextAssembler.isSpace(c)) {
        if (!space) {
          target.text++;
          space = true;
        }
      } else {
        target.text++;
        space = false;
        if (c == ',' || c == '\uFF0C' || c == '\u060C' || c == '\u3001') {
          target.commas++;
        }
      }
    }
  }
}

package org.vigil.pipeline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the chosen content elements into paragraphs: every block element ({@code p}, {@code h2}–{@code h6},
 * {@code li}, {@code blockquote}, {@code pre}, {@code div} …) and every {@code <br>}-separated run of text is one
 * paragraph. Skips the headline ({@code h1}) and, like Readability's conditional cleaning, nested containers that look
 * like link lists, image galleries or forms; then drops paragraphs that are mostly links or page furniture
 * ("Advertisement", "Read more", share prompts, copyright lines).
 */
final class BlockCollector {
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
  private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "table", "form", "fieldset",
      "dl", "figure", "header", "footer");

  /** A date and time as a dateline writes it: "Tue, Nov 19, 2019 | 10:48 a.m. EST" (but not "death toll rises"). */
  private static final String DATE_WORDS = "(?:[\\d:/.,|\\s-]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
      + "|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?|[ap]\\.?m\\.?|utc|gmt|[ecmp][sd]t|bst|cet|cest|ist|amt|wat|eat)";

  /** Whole paragraphs that are page furniture, not article text (matched when shorter than 120 characters). */
  private static final Pattern JUNK = Pattern.compile(
      "(?i)(?:advertisement|advertising|advert|ad|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]"
          + "|реклама|iklan|advertentie|reklama|sponsored(?: content)?|don'?t miss|most (?:read|popular)"
          + "|more:?|tags:?"
          + "|you (?:may|might) also like.*|text size|image \\d+ of.*|filed under:?.*|more great .* stories"
          + "|story continues below(?: advertisement)?"
          + "|continue reading.*|read more.*|read also.*|see also:.*|related(?: articles| stories| content| posts)?:?"
          + "|also read:?.*|share(?: this)?(?: article| story| post| page)?:?|share (?:on|via) .*|click here.*"
          + "|follow us.*|like us on .*|(?:sign up|subscribe|register) (?:for|to) .*(?:newsletter|updates|free).*"
          + "|related coverage|\\d+ min(?:ute)?s? read|photograph(?:s|y)? by .*|(?:photo )?cr[ée]dits? photos?\\s*:.*"
          + "|this entry was posted .*|auch interessant:?|das könnte sie (?:auch )?interessieren.*|rezept drucken"
          + "|aktualisiert(?: am)?:?\\s*[\\d.:,\\s]+(?:uhr)?"
          + "|war (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)\\??"
          + "|(?:möchten|wollen) sie (?:den|diesen) (?:artikel|beitrag) teilen\\?|(?:hier )?(?:können sie )?"
          + "(?:den|diesen) artikel bewerten.*"
          + "|©.*|\\(c\\) \\d{4}.*|copyright .*|all rights reserved.*|.*\\ball rights reserved\\.?"
          + "|(?:tweet|email|print|pin|whatsapp|facebook|twitter|linkedin|reddit)(?:\\s*[|,/]\\s*\\w+)*"
          + "|(?:(?:published|updated|posted|last updated|last modified)(?: on| at)?:?\\s*" + DATE_WORDS + "+)+"
          + "|skip to (?:main )?content|back to top|loading\\W*|comments?(?: \\(\\d+\\))?|\\d+ comments?)\\W*");

  /** Promotions inside otherwise ordinary sentences (matched when shorter than 200 characters). */
  private static final Pattern PROMO = Pattern.compile(
      "(?i).*(?:\\b(?:sign up|subscribe)\\b.*\\bnewsletters?\\b|\\bnewsletters?\\b.*\\b(?:sign up|subscribe)\\b"
          + "|(?:©|\\(c\\)|\\bcopyright\\b)\\s*(?:\\d{4}|by\\b)).*");

  private final NodeStats stats;
  private final ReadabilityScorer scores;
  private final List<Element> roots;

  BlockCollector(NodeStats stats, ReadabilityScorer scores, List<Element> roots) {
    this.stats = stats;
    this.scores = scores;
    this.roots = roots;
  }

  /** Raw paragraph under construction. */
  private static final class Para {
    final StringBuilder text = new StringBuilder();
    int offset = -1;
    int linkChars;
    String tag;
  }

  List<Block> collect(String title) {
    List<Para> paras = new ArrayList<>();
    for (Element root : roots) {
      walk(root, paras);
    }
    String titleKey = title == null ? null : key(title);
    List<Block> blocks = new ArrayList<>();
    List<Boolean> headings = new ArrayList<>();
    for (Para p : paras) {
      String text = TextAssembler.normalise(p.text);
      if (text.isEmpty() || isFurniture(text, p)) {
        continue;
      }
      if (titleKey != null && key(text).equals(titleKey)) {
        continue; // the headline repeated as a heading or a first paragraph
      }
      blocks.add(new Block(text, p.offset));
      headings.add(HEADINGS.contains(p.tag) || (text.length() <= 50 && text.endsWith(":")));
    }
    // A heading with nothing after it introduced something that was removed ("Related stories", "More on this").
    while (!blocks.isEmpty() && headings.get(blocks.size() - 1)) {
      headings.remove(blocks.size() - 1);
      blocks.remove(blocks.size() - 1);
    }
    return blocks;
  }

  private static boolean isFurniture(String text, Para p) {
    double linkShare = text.isEmpty() ? 0 : (double) p.linkChars / text.length();
    if (linkShare > 0.5 && !(text.length() > 200 && linkShare < 0.8)) {
      return true;
    }
    return (text.length() < 120 && JUNK.matcher(text).matches())
        || (text.length() < 200 && PROMO.matcher(text).matches());
  }

  private static String key(String s) {
    return TextAssembler.normalise(s).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  private void walk(Element root, List<Para> out) {
    NodeTraversor.filter(new NodeFilter() {
      Para current;
      int pendingOffset = -1;
      String pendingTag = root.normalName();
      int linkDepth;

      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText();
          if (current == null) {
            if (TextAssembler.isBlank(s)) {
              return FilterResult.CONTINUE;
            }
            current = new Para();
            current.offset = pendingOffset >= 0 ? pendingOffset : start(t);
            current.tag = pendingTag;
            pendingOffset = -1;
          }
          current.text.append(s);
          if (linkDepth > 0) {
            current.linkChars += TextAssembler.normalise(s).length();
          }
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (tag.equals("h1") || (e != root && CONDITIONAL.contains(tag) && isJunkContainer(e, root))) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
          flush();
          pendingOffset = -1;
        } else if (ReadabilityScorer.BLOCK_TAGS.contains(tag)) {
          flush();
          pendingOffset = start(e);
          pendingTag = tag;
        } else if (tag.equals("a")) {
          linkDepth++;
        } else if (tag.equals("img") && current != null) {
          current.text.append(' ');
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("a")) {
            linkDepth--;
          } else if (ReadabilityScorer.BLOCK_TAGS.contains(tag) || e == root) {
            flush();
            pendingOffset = -1;
          }
        }
        return FilterResult.CONTINUE;
      }

      private void flush() {
        if (current != null) {
          out.add(current);
          current = null;
        }
      }
    }, root);
  }

  /**
   * Readability's conditional cleaning: a nested container is dropped when its class says furniture and it scored no
   * paragraphs to outweigh that; with fewer than ten commas, also
   * when it is more images, list items or inputs than paragraphs, or it is mostly links. A container that holds most
   * of the chosen text in ordinary prose is the article itself, whatever its class says (page builders wrap every
   * article in an "elementor-widget-container").
   */
  private boolean isJunkContainer(Element e, Element root) {
    NodeStats.Stat s = stats.of(e);
    if (s.text == 0) {
      return true;
    }
    if (s.linkDensity() < 0.5 && s.quotes > 0) {
      return false; // an embedded post (a "social-media-embed" around a blockquote) is quoted content
    }
    if (2 * s.text > stats.of(root).text && s.linkDensity() < 0.3) {
      return false;
    }
    int weight = ReadabilityScorer.classWeight(e);
    if (weight + scores.score(e) < 0) {
      return true;
    }
    if (s.commas >= 10) {
      return false;
    }
    String tag = e.normalName();
    boolean list = tag.equals("ul") || tag.equals("ol");
    double ld = s.linkDensity();
    if (s.images > 1 && s.paragraphs < 0.5 * s.images && !tag.equals("figure")) {
      return true;
    }
    if (!list && s.listItems - 100 > s.paragraphs) {
      return true;
    }
    if (s.inputs > s.paragraphs / 3) {
      return true;
    }
    if (weight < 25 && ld > 0.2 && s.text < 2000) {
      return true;
    }
    if (weight >= 25 && ld > 0.5) {
      return true;
    }
    return s.embeds > 1 && s.text < 75;
  }

  private static int start(Node n) {
    Range r = n.sourceRange();
    return r.isTracked() ? r.startPos() : -1;
  }
}

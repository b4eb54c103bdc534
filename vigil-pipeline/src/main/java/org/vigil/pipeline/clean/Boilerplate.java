package org.vigil.pipeline.clean;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text (scripts, navigation, forms, hidden elements) and, optionally, elements whose
 * class, id or role name a page furniture (comments, share bars, related links, cookie banners …).
 *
 * <p>The element that holds the article is protected: a class such as {@code article-footer-less} on the article's
 * own container must not remove it, so an element is only removed for its name when the name does not also say it
 * is content ({@code article}, {@code body}, {@code content}, {@code main} … — Mozilla Readability's rule),
 * and never when it holds the page's {@code itemprop=articleBody} or its largest {@code <article>}.
 */
final class Boilerplate {
  /** Tags that never hold article text. */
  private static final Set<String> DROP_TAGS = Set.of(
      "script", "style", "noscript", "template", "iframe", "frame", "frameset", "svg", "math", "canvas", "object",
      "embed", "applet", "video", "audio", "source", "track", "map", "area", "button", "input", "select", "option",
      "optgroup", "textarea", "label", "datalist", "output", "progress", "meter", "dialog", "nav", "aside", "menu",
      "link", "meta", "head", "title", "base");

  /** Names of page furniture in class and id attributes. */
  static final Pattern FURNITURE = Pattern.compile(
      "-ad-|^ads?$|^ads?[-_]|[-_]ads?$|^ad[-_]?(?:slot|unit|wrap|container|box|banner)|advert|agegate|banner|breadcrumb"
          + "|combx|comment|community|cookie|consent|disqus|donat|extra|footer|gdpr|header|masthead|menu|modal"
          + "|newsletter|outbrain|pagination|pager|popup|promo|recirc|related|remark|replies|rss|share|sharing"
          + "|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscri|supplemental|taboola|toolbar|trending"
          + "|most-?popular|most-?read|read-?more|recommend|skip-?link|sr-only|visually-?hidden|screen-?reader"
          + "|caption|credit|tooltip|popover|author-?bio|byline|timestamp|print-?only|tags?$|tag-?list|^tags",
      Pattern.CASE_INSENSITIVE);

  /** Names that say an element is content, which keeps it even when it also matches {@link #FURNITURE}. */
  static final Pattern CONTENT_NAME = Pattern.compile(
      "article|body|content|main|story|entry|post-?text|text-?body", Pattern.CASE_INSENSITIVE);

  private static final Pattern TAXONOMY = Pattern.compile(
      "(?:category|tag|format|post-format|status|type|topic|section)-", Pattern.CASE_INSENSITIVE);

  private static final Set<String> FURNITURE_ROLES = Set.of(
      "navigation", "banner", "complementary", "contentinfo", "menu", "menubar", "dialog", "alert", "alertdialog",
      "search", "toolbar", "tablist");

  private static final Pattern HIDDEN_STYLE = Pattern.compile(
      "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private Boilerplate() {}

  /**
   * Prunes {@code doc} in place.
   *
   * @param byName also remove elements whose class, id or role name page furniture
   * @return how many elements were removed for their name
   */
  static int prune(Document doc, boolean byName) {
    Element body = doc.body();
    if (body == null) {
      return 0;
    }
    int[] removedByName = {0};
    NodeStats stats = new NodeStats(body);
    Set<Element> keep = protectedElements(doc, stats);
    int bodyText = stats.of(body).text;
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Comment || node instanceof DataNode) {
          return FilterResult.REMOVE;
        }
        if (!(node instanceof Element e) || e == body || keep.contains(e)) {
          return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (DROP_TAGS.contains(tag) || isHidden(e)) {
          return FilterResult.REMOVE;
        }
        if (tag.equals("form") || tag.equals("header") || tag.equals("footer")) {
          // ASP.NET pages wrap the whole body in one <form>: keep a form that holds most of the text.
          boolean wrapper = tag.equals("form") && 2 * stats.of(e).text > bodyText;
          boolean inArticle = !tag.equals("form") && e.closest("article, [itemprop=articleBody]") != null;
          return wrapper || (inArticle && tag.equals("header")) ? FilterResult.CONTINUE : FilterResult.REMOVE;
        }
        if (byName && isFurniture(e) && stats.of(e).quotes == 0) {
          // An embedded post (a tweet in a "social-media-embed") is quoted article content, not a share bar.
          removedByName[0]++;
          return FilterResult.REMOVE;
        }
        return FilterResult.CONTINUE;
      }
    }, body);
    return removedByName[0];
  }

  static boolean isFurniture(Element e) {
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (FURNITURE_ROLES.contains(role)) {
      return true;
    }
    String tag = e.normalName();
    if (tag.equals("figcaption")) {
      return true;
    }
    if (tag.equals("a") || tag.equals("article") || tag.equals("main") || tag.equals("html") || tag.equals("body")) {
      return false;
    }
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return false;
    }
    // As in Readability, one content-like name excuses the element ("article-footer-less", "post comments-open").
    // Taxonomy classes that blog engines add to the article itself ("category-advertising", "tag-sharing") say what
    // the article is about, not what the element is, so they count neither way.
    boolean furniture = false;
    for (String token : names.trim().split("\\s+")) {
      if (TAXONOMY.matcher(token).lookingAt()) {
        continue;
      }
      if (CONTENT_NAME.matcher(token).find()) {
        return false;
      }
      furniture |= FURNITURE.matcher(token).find();
    }
    return furniture;
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  /** The articleBody elements and the largest {@code <article>}, with all their ancestors. */
  private static Set<Element> protectedElements(Document doc, NodeStats stats) {
    Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    Element largest = null;
    int largestText = 0;
    for (Element a : doc.getElementsByTag("article")) {
      int text = stats.of(a).text;
      if (text > largestText) {
        largest = a;
        largestText = text;
      }
    }
    if (largest != null) {
      keep.addAll(largest.parents());
      keep.add(largest);
    }
    for (Element e : doc.select("[itemprop=articleBody], [itemprop=articlebody]")) {
      keep.addAll(e.parents());
      keep.add(e);
    }
    return keep;
  }
}

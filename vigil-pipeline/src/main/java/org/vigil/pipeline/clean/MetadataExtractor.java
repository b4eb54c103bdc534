package org.vigil.pipeline.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, publication date, author, language and canonical URL from a page's metadata: {@code <meta>} tags
 * (Open Graph, Twitter, Dublin Core, Parse.ly, Sailthru), schema.org JSON-LD, {@code <time>}, {@code <title>},
 * {@code <link>} and finally the URL. Must run before the page is pruned for its main text.
 *
 * <p>Thread-safe: the JSON reader is immutable after construction.
 */
final class MetadataExtractor {
  /** Meta keys for the publication date, most specific first; the evidence is {@code "meta:" + key}. */
  private static final String[] DATE_KEYS = {
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "dc.date.issued", "dcterms.issued", "parsely-pub-date", "sailthru.date",
    "dc.date",
  };
  private static final String[] AUTHOR_KEYS = {
    "author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
  };
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014·»:]{1,2}\\s+");
  private static final Pattern BY_PREFIX = Pattern.compile("^(?i)by\\s+");
  private static final Pattern LANGUAGE = Pattern.compile("^([A-Za-z]{2})(?:[-_].*)?$");

  private final ObjectMapper json = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();

  PageMetadata extract(Document doc, String url) {
    Map<String, String> meta = metaMap(doc);
    JsonLd ld = jsonLd(doc);

    String siteName = meta.get("og:site_name");
    String title = firstNonBlank(
        stripSiteName(meta.get("og:title"), siteName, false),
        stripSiteName(meta.get("twitter:title"), siteName, false),
        ld.headline,
        stripSiteName(doc.title(), siteName, true),
        text(doc.selectFirst("h1")));

    LocalDate published = null;
    String evidence = null;
    for (String key : DATE_KEYS) {
      published = DateParsing.parse(meta.get(key));
      if (published != null) {
        evidence = "meta:" + key;
        break;
      }
    }
    if (published == null && (published = DateParsing.parse(ld.datePublished)) != null) {
      evidence = "json-ld";
    }
    if (published == null && (published = timeElementDate(doc)) != null) {
      evidence = "time";
    }
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String canonicalUrl = firstNonBlank(canonical == null ? null : absolute(canonical.absUrl("href")),
        absolute(meta.get("og:url")));
    if (published == null && (published = DateParsing.fromUrl(url != null ? url : canonicalUrl)) != null) {
      evidence = "url";
    }

    String author = null;
    for (String key : AUTHOR_KEYS) {
      String a = meta.get(key);
      if (a != null && !a.contains("://") && !a.startsWith("www.")) {
        author = a;
        break;
      }
    }
    author = cleanAuthor(firstNonBlank(author, ld.author, bylineElement(doc)));

    String language = firstNonBlank(language(doc.selectFirst("html") == null ? null
        : doc.selectFirst("html").attr("lang")), language(meta.get("og:locale")),
        language(meta.get("content-language")), language(meta.get("dc.language")), language(meta.get("language")));

    return new PageMetadata(title, published, evidence, author, language, canonicalUrl);
  }

  /** Meta content by lower-cased {@code property}, {@code name}, {@code itemprop} or {@code http-equiv}; first wins. */
  private static Map<String, String> metaMap(Document doc) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String content = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
      if (content.isBlank()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = m.attr(attr).trim().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          map.putIfAbsent(key, content.trim());
        }
      }
    }
    return map;
  }

  /** The text of the first non-empty {@code rel=author} link or {@code itemprop=author} element. */
  private static String bylineElement(Document doc) {
    for (Element e : doc.select("a[rel=author], [itemprop=author]")) {
      Element name = e.selectFirst("[itemprop=name]");
      String text = name != null ? name.text() : e.hasAttr("content") ? e.attr("content") : e.text();
      if (!text.isBlank() && !text.contains("://")) {
        return text;
      }
    }
    return null;
  }

  /** A {@code <time datetime>} that is marked as the publication date, inside an article, or the page's only one. */
  private static LocalDate timeElementDate(Document doc) {
    for (String query : new String[] {"time[itemprop=datePublished]", "time[pubdate]", "article time[datetime]",
        "[itemprop=articleBody] time[datetime]", "header time[datetime]"}) {
      Element t = doc.selectFirst(query);
      if (t != null) {
        LocalDate d = DateParsing.parse(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
        if (d != null) {
          return d;
        }
      }
    }
    List<Element> times = doc.select("time[datetime]");
    // One to three time elements are the article's dates; more are a list of other stories or comments.
    return times.isEmpty() || times.size() > 3 ? null : DateParsing.parse(times.get(0).attr("datetime"));
  }

  private record JsonLd(String headline, String datePublished, String author) {}

  private JsonLd jsonLd(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      String data = script.data().trim();
      if (data.startsWith("<!--")) {
        data = data.substring(4, data.endsWith("-->") ? data.length() - 3 : data.length());
      }
      try {
        collectObjects(json.readTree(data), objects);
      } catch (JsonProcessingException e) {
        // Broken JSON-LD is common and says nothing about the article: the other sources still apply.
      }
    }
    String headline = null;
    String date = null;
    String author = null;
    for (boolean articlesOnly : new boolean[] {true, false}) {
      for (JsonNode o : objects) {
        if (articlesOnly && !isArticleType(o.get("@type"))) {
          continue;
        }
        headline = headline != null ? headline : textValue(o.get("headline"));
        date = date != null ? date : textValue(o.get("datePublished"));
        author = author != null ? author : personNames(o.get("author"));
      }
    }
    return new JsonLd(headline, date, author);
  }

  /** Adds every object in a JSON-LD tree: top level, arrays and {@code @graph} lists, a few levels deep. */
  private static void collectObjects(JsonNode root, List<JsonNode> out) {
    record Item(JsonNode node, int depth) {}
    Deque<Item> stack = new ArrayDeque<>();
    stack.push(new Item(root, 0));
    while (!stack.isEmpty()) {
      Item item = stack.pop();
      JsonNode n = item.node;
      if (n == null || item.depth > 6) {
        continue;
      }
      if (n.isArray()) {
        for (int i = n.size() - 1; i >= 0; i--) {
          stack.push(new Item(n.get(i), item.depth + 1));
        }
      } else if (n.isObject()) {
        out.add(n);
        for (String key : new String[] {"mainEntity", "mainEntityOfPage", "@graph"}) {
          JsonNode child = n.get(key);
          if (child != null && (child.isObject() || child.isArray())) {
            stack.push(new Item(child, item.depth + 1));
          }
        }
      }
    }
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText("");
    return t.endsWith("Article") || t.endsWith("Posting") || t.equals("Report") || t.equals("ReportageNews");
  }

  private static String personNames(JsonNode author) {
    if (author == null) {
      return null;
    }
    if (author.isTextual()) {
      return author.asText();
    }
    List<String> names = new ArrayList<>();
    for (JsonNode a : author.isArray() ? author : List.of(author)) {
      String name = a.isTextual() ? a.asText() : textValue(a.get("name"));
      if (name != null && !name.isBlank() && !names.contains(name.trim()) && names.size() < 5) {
        names.add(name.trim());
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String textValue(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : textValue(n.get(0));
    }
    return n.isValueNode() ? n.asText() : null;
  }

  /**
   * Removes the site name from a title: the part equal to {@code siteName}, or, for {@code <title>}, a short trailing
   * part after a separator ("Man stabbed on train | The Daily" → "Man stabbed on train").
   */
  static String stripSiteName(String title, String siteName, boolean guessSuffix) {
    if (title == null) {
      return null;
    }
    String t = TextAssembler.normalise(title);
    var m = TITLE_SEPARATOR.matcher(t);
    int lastStart = -1;
    int lastEnd = -1;
    int firstStart = -1;
    int firstEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart < 0) {
      return t;
    }
    String head = t.substring(0, lastStart);
    String tail = t.substring(lastEnd);
    if (siteName != null && !siteName.isBlank()) {
      String site = TextAssembler.normalise(siteName);
      if (tail.equalsIgnoreCase(site)) {
        return head;
      }
      if (t.substring(0, firstStart).equalsIgnoreCase(site)) {
        return t.substring(firstEnd);
      }
    }
    if (guessSuffix && tail.length() <= 40 && head.length() >= 2 * tail.length()) {
      return head;
    }
    return t;
  }

  private static String cleanAuthor(String author) {
    if (author == null) {
      return null;
    }
    String a = BY_PREFIX.matcher(TextAssembler.normalise(author)).replaceFirst("");
    return a.isEmpty() || a.length() > 200 ? null : a;
  }

  private static String language(String value) {
    if (value == null) {
      return null;
    }
    var m = LANGUAGE.matcher(value.trim());
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private static String absolute(String url) {
    return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url.trim() : null;
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return TextAssembler.normalise(v);
      }
    }
    return null;
  }
}

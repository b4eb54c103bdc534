package org.vigil.pipeline.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Article;
import org.vigil.model.Span;

/**
 * The headline as the article's first paragraph. Local news states the incident's town, toll and kind in its
 * headline ("4 Shot, 1 Killed in Stockton Park") and sometimes nowhere else: the page's body may be a log-in wall or
 * a video caption. So the extractor reads the headline with the body, as a reader does.
 *
 * <p>The title a page or feed gives often carries the outlet's name ("… - WMC Action News 5 - Memphis, Tennessee",
 * "… :: WRAL.com"); the headline is the longest of the parts such separators split it into. Title Case headlines
 * ("Man Killed, 4 Others Injured In Homewood Shooting") would make every word look like a name, so a word is
 * lower-cased when the body uses it only in lower case.
 */
public final class Headline {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||::|-|\u2013|\u2014)\\s+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019.-]*");
  /** Function words of headlines, lower-cased in a Title Case headline even when the body does not use them. */
  private static final Set<String> SMALL = Set.of("a", "an", "and", "as", "at", "after", "by", "for", "from", "in",
      "into", "near", "of", "on", "or", "over", "the", "to", "with", "while", "during", "outside", "inside");

  private Headline() {}

  /**
   * A part of a page title that names the outlet, not the story: a host name, or a news site's sections ("Douglas teen
   * shot to death; girl in custody - WALB.com, South Georgia News, Weather, Sports", GVA dev; session 17, hurt17d and
   * hurt17e).
   */
  private static final Pattern OUTLET = Pattern.compile("(?i)\\b[\\w-]+\\.(?:com|net|org|tv)\\b"
      + "|\\bnews\\b[\\s,&]*(?:and\\s+)?(?:weather|sports)\\b|\\bweather\\b[\\s,&]*(?:and\\s+)?sports\\b");

  /**
   * The article with its headline as the first paragraph, or the article itself when it has no usable title or
   * its text already opens with the headline. Where the headline (the title's longest part) is the outlet's own, the
   * title's story part ({@link #story}) follows it as a paragraph of its own, so the story's toll is read in the one
   * text while the headline, which the places read first, stays the outlet's (session 18, hurt18c, the way hurt17e
   * proposed). Every span of the result refers to the new text.
   */
  public static Article prepend(Article a) {
    String headline = headline(a.title());
    if (headline == null || opensWith(a.text(), headline)) {
      return a;
    }
    List<String> heads = new ArrayList<>();
    heads.add(asSentence(caseLike(headline, a.text())));
    String story = story(a.title());
    if (story != null && !opensWith(a.text(), story)) {
      heads.add(asSentence(caseLike(story, a.text())));
    }
    StringBuilder text = new StringBuilder();
    List<Span> paragraphs = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    for (String h : heads) {
      paragraphs.add(new Span(text.length(), text.length() + h.length()));
      offsets.add(-1);
      text.append(h).append("\n\n");
    }
    int shift = text.length();
    for (Span p : a.paragraphs()) {
      paragraphs.add(new Span(p.start() + shift, p.end() + shift));
    }
    offsets.addAll(a.sourceOffsets());
    return new Article(a.id(), a.url(), a.title(), a.published(), a.publishedEvidence(), a.author(), a.language(),
        text + a.text(), paragraphs, offsets, a.inputHash());
  }

  /**
   * The annotated article as the places read it: the title's story paragraph ({@link #prepend}'s second) blanked in
   * the text and its sentences left with no tokens, every offset and sentence index kept, so the story's part gives
   * its toll to the figures but no town, county or police force to the places (session 18, geo18c: as a paragraph
   * read by the places it had taken one held-out city and two articles' 25 km, hurt18c). The article itself when it
   * has no such paragraph.
   */
  public static Annotated forPlaces(Annotated doc) {
    Span story = storyParagraph(doc.article());
    if (story == null) {
      return doc;
    }
    Article a = doc.article();
    String text = a.text().substring(0, story.start()) + " ".repeat(story.end() - story.start())
        + a.text().substring(story.end());
    Article blanked = new Article(a.id(), a.url(), a.title(), a.published(), a.publishedEvidence(), a.author(),
        a.language(), text, a.paragraphs(), a.sourceOffsets(), a.inputHash());
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      boolean inStory = s.span().start() >= story.start() && s.span().end() <= story.end();
      sentences.add(inStory ? new Sentence(s.index(), s.paragraph(), s.span(), List.of(), List.of()) : s);
    }
    return new Annotated(blanked, sentences);
  }

  /**
   * The span of the paragraph {@link #prepend} made of the title's story part (the second, after the outlet's
   * headline), or null when the article has none.
   */
  static Span storyParagraph(Article a) {
    String story = story(a.title());
    if (story == null || a.paragraphs().size() < 3) {
      return null;
    }
    String first = a.paragraphs().get(0).of(a.text());
    Span second = a.paragraphs().get(1);
    return first.equalsIgnoreCase(asSentence(headline(a.title())))
        && second.of(a.text()).equalsIgnoreCase(asSentence(story)) ? second : null;
  }

  /** A headline ended as a sentence: a full stop after a last letter, digit or quote. */
  private static String asSentence(String headline) {
    char last = headline.charAt(headline.length() - 1);
    return Character.isLetterOrDigit(last) || last == '\'' || last == '"' || last == '\u2019'
        ? headline + "." : headline;
  }

  /**
   * The story's part of a page title whose headline ({@link #headline}, the longest part) is the outlet's own: the
   * longest other part of three words or more that names no outlet; null when there is none. In "Douglas teen shot
   * to death; girl in custody - WALB.com, South Georgia News, Weather, Sports" (GVA dev) the outlet's part is the
   * longer one, so the death went unread (session 17, hurt17d).
   */
  static String story(String title) {
    String headline = headline(title);
    if (headline == null || !OUTLET.matcher(headline).find()) {
      return null;
    }
    String story = null;
    for (String part : parts(title)) {
      String p = part.strip().replaceAll("(\\.\\.\\.|\u2026)$", "").strip();
      if ((story == null || p.length() > story.length()) && p.split("\\s+").length >= 3
          && !OUTLET.matcher(p).find()) {
        story = p;
      }
    }
    return story;
  }

  /**
   * A page title split where outlets join their names to the headline ("… - WMC Action News 5 - Memphis,
   * Tennessee" has three parts); an empty array for null.
   */
  public static String[] parts(String title) {
    return title == null ? new String[0] : SEPARATOR.split(title.strip());
  }

  /** The headline part of a page title, or null when there is none worth reading. */
  static String headline(String title) {
    if (title == null) {
      return null;
    }
    String best = null;
    for (String part : parts(title)) {
      String p = part.strip();
      if (best == null || p.length() > best.length()) {
        best = p;
      }
    }
    if (best == null || best.split("\\s+").length < 3) {
      return null;
    }
    // a headline cut short by the page ("… drive-by shooting in SW...") keeps what it has
    best = best.replaceAll("(\\.\\.\\.|\u2026)$", "").strip();
    return best.isEmpty() ? null : best;
  }

  private static boolean opensWith(String text, String headline) {
    String head = squash(text.substring(0, Math.min(text.length(), headline.length() * 3 + 200)));
    String h = squash(headline);
    return !h.isEmpty() && head.contains(h);
  }

  private static boolean sentenceInitial(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\u201c'
        || text.charAt(i) == '(')) {
      i--;
    }
    return i < 0 || ".!?:\n".indexOf(text.charAt(i)) >= 0;
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  /**
   * A Title Case headline with the words the body writes in lower case lower-cased; other headlines as given.
   */
  static String caseLike(String headline, String body) {
    List<String> words = new ArrayList<>();
    WORD.matcher(headline).results().forEach(m -> words.add(m.group()));
    int capitalised = 0;
    int letters = 0;
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      if (w.length() > 3) {
        letters++;
        capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    if (letters == 0 || capitalised < 0.7 * letters) {
      return headline;
    }
    Set<String> lower = new HashSet<>();
    Set<String> upper = new HashSet<>();
    WORD.matcher(body).results().forEach(m -> {
      String w = m.group();
      if (!Character.isUpperCase(w.charAt(0))) {
        lower.add(w);
      } else if (!sentenceInitial(body, m.start())) {
        // a capital that opens a sentence says nothing about the word
        upper.add(w.toLowerCase(Locale.ROOT));
      }
    });
    StringBuilder out = new StringBuilder();
    var m = WORD.matcher(headline);
    int at = 0;
    boolean firstWord = true;
    while (m.find()) {
      out.append(headline, at, m.start());
      String w = m.group();
      String l = w.toLowerCase(Locale.ROOT);
      boolean allCaps = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
      boolean lowerIt = !firstWord && !allCaps && Character.isUpperCase(w.charAt(0))
          && (SMALL.contains(l) || lower.contains(l) && !upper.contains(l));
      out.append(lowerIt ? l : w);
      at = m.end();
      firstWord = false;
    }
    out.append(headline.substring(at));
    return out.toString();
  }
}

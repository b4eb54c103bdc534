package org.vigil.pipeline.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentences of an article's body that are headlines of other stories: a related-story link ("RELATED: Police: Man
 * killed in apparent drive-by shooting near downtown San Antonio", "STORY: Police: Man, 20, dies after fall from
 * roof"), an entry of a video list ("0:50 One dead after shooting involving officer") or a headline set in the body as
 * a paragraph of its own ("Shooting victim dies minutes after relatives drop him at hospital", a list of headlines at
 * the foot of the page). GVA dev, session 14 kill14b: their deaths were read as the incident's (GVA 0 dead, we read
 * 1). Their figures are no incident's, as a round-up's are not ({@code IncidentFigures.RoundUps}); a playlist's
 * towns are no incident's place either ({@link #playlist}, read by {@code PlaceResolver}).
 *
 * <p>Told by its form, whatever its label: a paragraph that is one sentence of at least three words with no mark that
 * ends a sentence, a quotation, an aside or a list's lead after it ("Funeral services for four dead in Bastrop
 * shooting —" leads a list). Not the article's own headline (sentence 0) nor its words again in the body ("Read more:
 * LaGrange News - 7 victims of Sunday shooting released …" under that headline), not an update of the story
 * ("UPDATE (8/16): Police say the teen has died from his wounds"), and only in an article written in sentences: more
 * than half of the body's paragraphs before it end with a mark (a page of notes, "Fourteen others injured, 5
 * critically", has none). Stateless.
 */
public final class RelatedLinks {
  private RelatedLinks() {}

  /** Marks that end a sentence, a quotation, an aside or a list's lead: a paragraph ending so is no headline. */
  private static final String ENDS = ".!?\"'\u201D\u2019:;)\u2026,-\u2013\u2014";

  /** The fewest words a headline in the body has. */
  private static final int HEADLINE_WORDS = 3;

  /**
   * A video's running time opening a paragraph, then its title: a page's playlist, "0:50 One dead after shooting
   * involving officer", "1:08 After triple murder, …" (Session 16, hurt16b: their deaths read as the incident's). Not a
   * timeline's clock ("7:01 p.m. According to scanner traffic").
   */
  private static final Pattern RUNNING_TIME = Pattern.compile(
      "^\\d{1,2}:\\d\\d\\s+(?!(?i:[ap]\\.?m\\b))[\\p{Lu}'\"\u2018\u201C]");

  /** The fewest titles with a running time that make a playlist. */
  private static final int PLAYLIST = 3;

  /** The share of a paragraph's words found in the article's headline from which it is that headline again. */
  private static final double SAME_HEADLINE = 0.6;

  /**
   * @param text the article's text
   * @param sentences the article's sentences in text order; sentence 0 is its headline
   * @return the indices of the sentences that are headlines of other stories
   */
  public static Set<Integer> of(String text, List<Sentence> sentences) {
    Set<Integer> links = new HashSet<>();
    if (sentences.isEmpty()) {
      return links;
    }
    links.addAll(playlist(text, sentences));
    Set<String> headline = words(sentences.get(0).span().of(text));
    int ended = 0; // the body's paragraphs so far that end with a mark, and those that do not
    int open = 0;
    for (int k = 1; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      boolean last = k + 1 == sentences.size() || sentences.get(k + 1).paragraph() != s.paragraph();
      String sentence = s.span().of(text).strip();
      if (!last || sentence.split("\\s+").length < HEADLINE_WORDS) {
        continue;
      }
      boolean ends = ENDS.indexOf(sentence.charAt(sentence.length() - 1)) >= 0;
      if (!ends && sentences.get(k - 1).paragraph() != s.paragraph() && ended > open
          && !sentence.toLowerCase(Locale.ROOT).startsWith("update") && !again(headline, sentence)) {
        links.add(s.index());
      }
      if (ends) {
        ended++;
      } else {
        open++;
      }
    }
    return links;
  }

  /**
   * The paragraphs of a video playlist: at least {@link #PLAYLIST} that open with a running time and a title. Page
   * chrome for sure, unlike a headline in the body, which may be the same story's earlier report.
   */
  public static Set<Integer> playlist(String text, List<Sentence> sentences) {
    Set<Integer> titles = new HashSet<>();
    for (int k = 1; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (sentences.get(k - 1).paragraph() != s.paragraph()
          && RUNNING_TIME.matcher(s.span().of(text).strip()).find()) {
        titles.add(s.index());
      }
    }
    return titles.size() >= PLAYLIST ? titles : Set.of();
  }

  /**
   * The sentences of the page's furniture whose towns are no incident's place: a video playlist's titles
   * ({@link #playlist}) and a video or photo widget's captions, a paragraph opening "Caption" and a title, all its
   * sentences ("Caption 13-year-old with BB gun is shot dead by police … by a Columbus, Ohio, police officer" in a
   * newspaper's widget on an Orlando shooting's page), and a broadcaster's credit line under the byline
   * ({@link #CREDIT}).
   */
  public static Set<Integer> furniture(String text, List<Sentence> sentences) {
    Set<Integer> out = new HashSet<>(playlist(text, sentences));
    int caption = -1;
    for (int k = 1; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (sentences.get(k - 1).paragraph() != s.paragraph()) {
        caption = CAPTION.matcher(s.span().of(text)).lookingAt() ? s.paragraph() : -1;
      }
      if (s.paragraph() == caption || credit(text, sentences, k)) {
        out.add(s.index());
      }
    }
    return out;
  }

  /** A caption widget's paragraph: "Caption" then its title. */
  private static final Pattern CAPTION = Pattern.compile("\\s*Caption\\s+[\\p{Lu}\\d]");

  /**
   * A broadcaster's credit line: a call sign, a dash and the station's city, "WXYZ - Springfield", "KABC-TV -- Los
   * Angeles". A syndicated story carries the station that first reported it under its byline; the city is the
   * station's, not the incident's (GVA dev, session 22: "By NAME / W… - Jacksonville" placed a Georgia shooting in
   * Jacksonville, Florida, on a page that says "at … Apartments in Brunswick").
   */
  private static final Pattern CREDIT = Pattern.compile(
      "\\s*[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?\\s*(?:-{1,2}|\u2013|\u2014)\\s*\\p{Lu}[\\p{L}.' ]*\\s*");

  /** Whether sentence {@code k} is a paragraph of its own that is a broadcaster's credit line ({@link #CREDIT}). */
  private static boolean credit(String text, List<Sentence> sentences, int k) {
    Sentence s = sentences.get(k);
    boolean alone = sentences.get(k - 1).paragraph() != s.paragraph()
        && (k + 1 == sentences.size() || sentences.get(k + 1).paragraph() != s.paragraph());
    return alone && CREDIT.matcher(s.span().of(text)).matches();
  }

  /** Whether most words of {@code sentence} are the headline's: the article's own headline told again. */
  private static boolean again(Set<String> headline, String sentence) {
    Set<String> words = words(sentence);
    return words.stream().filter(headline::contains).count() >= SAME_HEADLINE * words.size();
  }

  private static Set<String> words(String s) {
    Set<String> words = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}

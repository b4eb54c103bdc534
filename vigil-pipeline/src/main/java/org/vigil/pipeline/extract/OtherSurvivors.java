package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Sentence;

/**
 * The rest of the victims told as a group of "the other N" in a hospital's care, after one of them told alone: "One of
 * the victims, a man, is listed in critical condition at an area hospital. The other three victims are listed in
 * noncritical condition" (four hurt), "One person was critically wounded, and the three others are in stable
 * condition" (four), "She was transported to … in critical condition and was later pronounced dead. … The other three
 * victims were …, treated and then released" (three: the one told alone died). No verb of harm counts them, so no
 * other rule reads them. Raises the count of the hurt only. Stateless.
 */
final class OtherSurvivors {
  private OtherSurvivors() {}

  /** Number words only: a digit after "other" is most often an age ("two men, one 17 and the other 21"). */
  private static final String NUMBER = "two|three|four|five|six|seven|eight|nine|ten";

  /**
   * "others", or "other" and people, after the number: "three others", "three other men", "three other young women".
   */
  private static final String OTHER_PEOPLE = "other(?:s\\b|\\s+(?:[\\w-]+\\s+)?(?:victims|people|persons|men|women"
      + "|teens|teenagers|boys|girls|children|kids|males|females|adults)\\b)";

  /** "the other three victims", "the three other men", "the three others", "the other four". */
  private static final Pattern OTHERS = Pattern.compile("(?i)\\bthe\\s+(?:other\\s+(" + NUMBER + ")|(" + NUMBER
      + ")\\s+" + OTHER_PEOPLE + ")");

  /**
   * The same group with no "the", right after a verb of harm or followed by words of care: "a shooting that also
   * injured three other people", "three others showed up at a local hospital with gunshot wounds" (Session 14,
   * hurt14b). Group 1 is the verb of harm before it, if any; group 2 the number.
   */
  private static final Pattern BARE_OTHERS = Pattern.compile("(?i)\\b(?:(injured|injuring|wounded|wounding|hurt"
      + "|hurting)\\s+)?(?<!\\bthe\\s)(" + NUMBER + ")\\s+" + OTHER_PEOPLE);

  /** What the group is said to be in, right after it: a hospital's care, wounds one survives. */
  private static final Pattern CARE = Pattern.compile("(?i)\\b(hospitali[sz]ed|hospitals?|condition|injuries"
      + "|injured|wounds?|wounded|hurt|expected\\s+to\\s+(?:survive|recover|be\\s+ok(?:ay)?)|released|treated"
      + "|survived|stable|recovering)\\b");

  /**
   * A death, or a harm that did not happen: then the group is not the hurt ("The two other children were not struck").
   */
  private static final Pattern NOT_SURVIVORS = Pattern.compile("(?i)\\b(dead|died|dies|killed|fatally|deceased"
      + "|slain|succumbed|not|never|unharmed|uninjured|arrested|charged|suspects?)\\b");

  /**
   * Words that tell someone wounded or in care: the one told before "the other N", who is one of the hurt too (not
   * "shot" or "struck", which the dead were too: "Garcia and three other people had been shot"); also taken to a
   * hospital: "He was rushed to … Hospital for Children …. Meanwhile, three others showed up at a local hospital with
   * gunshot wounds" (Session 15, hurt15a; GVA dev, four).
   */
  private static final Pattern HURT_OR_CARE = Pattern.compile("(?i)\\b(critical|critically|serious|seriously|stable"
      + "|condition|hospitali[sz]ed|wounded|injured|airlifted)\\b"
      + "|\\b(rushed|taken|transported|flown|driven)\\s+to\\s+(?:[\\w'-]+\\s+){0,5}?hospital\\b");
  private static final Pattern DEATH = Pattern.compile("(?i)\\b(dead|died|dies|killed|fatally|deceased|slain"
      + "|succumbed|death|murder|homicide)\\b");

  /** How far (in characters) after the group its state may be told: "… are listed in noncritical condition". */
  private static final int REACH = 60;

  /**
   * The hurt as "the other N" in care make them: N, and one more when the words before it (in its sentence, else in
   * the sentence before) tell someone hurt or in care and no death. Returns the raised count of the hurt, or
   * {@code injured} (which may be null) when it raises nothing.
   */
  static Figure raise(String text, List<Sentence> sentences, Figure injured) {
    return raise(text, sentences, injured, OTHERS, OtherSurvivors::theOthers);
  }

  /**
   * The hurt as "N other(s)" with no "the" make them, in an incident with no one dead ({@code killed} its count, or
   * null): N and one more, when the group is told hurt (a verb of harm right before it, or words of care right after)
   * and the words before it in its sentence (else the sentence before) tell someone hurt or in care and no death: "A
   * 12-year-old boy remained in critical condition Friday after a shooting that also injured three other people"
   * (four). Returns the raised count of the hurt, or {@code injured} (which may be null) when it raises nothing.
   */
  static Figure raiseBare(String text, List<Sentence> sentences, Figure injured, Figure killed) {
    if (killed != null && killed.best() > 0) {
      return injured;
    }
    return raise(text, sentences, injured, BARE_OTHERS, OtherSurvivors::bareOthers);
  }

  /**
   * How many hurt a group found in a sentence makes (0: none), given the sentences before and after it (null: none).
   */
  private interface GroupCount {
    int of(String sentence, Matcher group, String previous, String next);
  }

  /** The count of the hurt raised by the first group of {@code form} in each sentence, as {@code count} reads it. */
  private static Figure raise(String text, List<Sentence> sentences, Figure injured, Pattern form, GroupCount count) {
    int hurt = injured == null ? 0 : injured.best();
    Figure out = injured;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      String sentence = s.span().of(text);
      Matcher m = form.matcher(sentence);
      if (!m.find()) {
        continue;
      }
      int n = count.of(sentence, m, i > 0 ? sentences.get(i - 1).span().of(text) : null,
          i + 1 < sentences.size() ? sentences.get(i + 1).span().of(text) : null);
      if (n > hurt) {
        hurt = n;
        int start = s.span().start() + m.start();
        out = new Figure(FigureKind.INJURED, hurt, hurt, hurt, Qualifier.EXACT, m.group(), "other-survivors",
            Phrases.evidence(text, s, new Span(start, s.span().start() + m.end())));
      }
    }
    return out;
  }

  /**
   * The group's state told by the next sentence instead, about all of them at once: "The other three victims were a
   * woman and two men. They were all treated at a hospital and released" (Session 21, hurt21a).
   */
  private static final Pattern THEY = Pattern.compile("^\\W*(?:they|all\\s+(?:" + NUMBER + "|of\\s+them)|both)\\b",
      Pattern.CASE_INSENSITIVE);

  /** "The other three victims are listed in noncritical condition": three, four after one told in care. */
  private static int theOthers(String sentence, Matcher m, String previous, String next) {
    if (!CARE.matcher(after(sentence, m)).find() && !toldNext(next) || notOneMore(sentence, m)) {
      return 0;
    }
    int n = NumberPhrase.wordValue(m.group(1) != null ? m.group(1) : m.group(2));
    // the one told before: in the same sentence ("One person was critically wounded, and the three others …",
    // not "Robinson died at the scene and the other five …"), else in the sentence before ("One of the victims …
    // is listed in critical condition. The other three …")
    String before = sentence.substring(0, m.start());
    if (!HURT_OR_CARE.matcher(before).find() && !DEATH.matcher(before).find() && previous != null) {
      before = previous;
    }
    return n + (HURT_OR_CARE.matcher(before).find() && !DEATH.matcher(before).find() ? 1 : 0);
  }

  /**
   * Whether the next sentence tells a group, named by a pronoun or "all", in care and alive: "They were all
   * self-transported to a hospital, treated and then released", not "They were pronounced dead at the scene".
   */
  private static boolean toldNext(String next) {
    if (next == null || !THEY.matcher(next).find()) {
      return false;
    }
    String state = next.substring(0, Math.min(next.length(), REACH + 20));
    return CARE.matcher(state).find() && !NOT_SURVIVORS.matcher(next).find();
  }

  /** "… in critical condition after a shooting that also injured three other people": four, or none. */
  private static int bareOthers(String sentence, Matcher m, String previous, String next) {
    // the group told hurt, by its verb or its care; none dead in its sentence
    if (m.group(1) == null && !CARE.matcher(after(sentence, m)).find() || DEATH.matcher(sentence).find()
        || notOneMore(sentence, m)) {
      return 0;
    }
    // the one told before, not the verb that tells the group ("A shooting injured three other people": none more)
    String before = sentence.substring(0, m.start());
    if (!HURT_OR_CARE.matcher(before).find() && previous != null) {
      before = previous;
    }
    if (!HURT_OR_CARE.matcher(before).find() || DEATH.matcher(before).find()) {
      return 0;
    }
    return NumberPhrase.wordValue(m.group(2)) + 1;
  }

  /** The words right after the group, where its state is told. */
  private static String after(String sentence, Matcher m) {
    return sentence.substring(m.end(), Math.min(sentence.length(), m.end() + REACH));
  }

  /**
   * Whether the group is none of the hurt beyond those told, by what follows it (a death, harm that did not happen) or
   * by "among" before it ("was among the four others taken to the hospital": one of them, not one more).
   */
  private static boolean notOneMore(String sentence, Matcher m) {
    return NOT_SURVIVORS.matcher(sentence.substring(m.end())).find()
        || sentence.substring(0, m.start()).toLowerCase(Locale.ROOT).stripTrailing().endsWith("among");
  }
}

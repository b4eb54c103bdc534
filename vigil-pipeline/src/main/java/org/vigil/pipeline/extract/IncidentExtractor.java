package org.vigil.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.geo.Gazetteer;
import org.vigil.model.Evidence;
import org.vigil.model.Extraction;
import org.vigil.model.ArticleMeta;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.model.IncidentPlace;
import org.vigil.model.IncidentTime;
import org.vigil.model.IncidentType;
import org.vigil.model.Perpetrator;
import org.vigil.model.Provenance;
import org.vigil.model.Quote;
import org.vigil.model.Responder;
import org.vigil.model.Source;
import org.vigil.model.Span;
import org.vigil.model.Status;
import org.vigil.model.Target;
import org.vigil.model.TimePrecision;
import org.vigil.model.TypeAssignment;
import org.vigil.model.Victim;
import org.vigil.model.Weapon;
import org.vigil.model.WeaponType;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.resolve.geo.PlaceResolver;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;
import org.vigil.pipeline.resolve.geo.toponym.ToponymOptions;
import org.vigil.pipeline.resolve.geo.toponym.ToponymTagger;
import org.vigil.pipeline.resolve.time.PublicationDate;

/**
 * The extract stage: splits an annotated article into its main incident and the background incidents it recalls,
 * and fills each incident's fields from its own sentences only.
 *
 * <p>How sentences are assigned: every trigger mention gets a frame ({@link Framing}). Main-frame mentions make the
 * main incident. A sentence in the historical frame with a trigger and something to say (a figure, a place, a date,
 * a specific type) opens a background incident; a historical sentence without a trigger joins the background
 * incident just before it. Sentences without a trigger and without a time cue belong to the main incident (they
 * usually continue its story: "there are two dead"). A repeated headline is read once.
 *
 * <p>Stateless and thread-safe.
 */
public final class IncidentExtractor {
  private final ActorRules actors;
  private final PlaceResolver places;
  private final ToponymTagger toponyms;
  private final IncidentTimes times = new IncidentTimes();
  private final Provenance provenance;

  public IncidentExtractor(Gazetteer gazetteer, Provenance provenance) {
    this.actors = new ActorRules(gazetteer);
    this.places = new PlaceResolver(gazetteer);
    // the incident's place is a place proper: nationality words and names inside organisations are not candidates
    this.toponyms = new ToponymTagger(gazetteer, ToponymOptions.defaults().withDemonyms(false)
        .withNamesInOrganisations(false));
    this.provenance = provenance;
  }

  /** A group of sentences that report one incident. */
  private static final class Group {
    final Status status;
    final List<Sentence> sentences = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    final Set<Integer> triggerSentences = new LinkedHashSet<>();

    Group(Status status) {
      this.status = status;
    }
  }

  /**
   * Whether extraction needs the dependency parse of a sentence: only sentences that can carry an incident's facts
   * (an event word, a number, a speech verb, a quotation, an actor) are worth the parser's time. Given to
   * {@link org.vigil.pipeline.annotate.CoreNlpAnnotator}.
   */
  public static boolean needsParse(List<org.vigil.pipeline.annotate.Token> tokens) {
    boolean quote = false;
    boolean speech = false;
    boolean date = false;
    boolean procedure = false;
    for (org.vigil.pipeline.annotate.Token k : tokens) {
      String l = k.lemma();
      date |= k.ner().equals("DATE");
      procedure |= AsideDays.PROCEDURE_VERBS.contains(l) || l.equals("custody") || AsideDays.holdsWord(k);
      if (Lexicon.SPECIFIC_TRIGGERS.containsKey(l) || Lexicon.GENERIC_TRIGGERS.contains(l)
          || Lexicon.PERPETRATOR_NOUNS.contains(l) || CASUALTY_WORDS.contains(l) || CASUALTY_WORDS.contains(k.lower())
          || k.lower().equals("according") || l.equals("claim") || k.lower().equals("including")) {
        return true;
      }
      quote |= k.word().equals("\"");
      speech |= k.isVerb() && Lexicon.SPEECH_VERBS.contains(l);
    }
    // a quotation with its speaker; reported speech without an event word is left unparsed; a day with a step of
    // the investigation or the courts ("a judge sided with prosecutors Wednesday") or with what still holds or is yet
    // to come ("Cleanup was underway Sunday"), which must not date the incident
    return quote && speech || date && procedure;
  }

  /** Words that bind a count or a harm: a sentence with one of them may carry a figure or a victim. */
  private static final Set<String> CASUALTY_WORDS = Set.of("dead", "die", "death", "injure", "injured", "wound",
      "wounded", "hurt", "toll", "hostage", "kidnap", "abduct", "free", "release", "rescue", "arrest", "detain",
      "murder", "victim", "casualty", "fatality", "body", "destroy", "damage", "burn", "hospital", "hospitalize");

  public Extraction extract(Annotated doc) {
    String text = doc.text();
    LocalDate published = PublicationDate.anchor(doc.article());
    List<String> warnings = new ArrayList<>();
    Group main = new Group(Status.MAIN);
    List<Group> background = new ArrayList<>();
    Set<String> seenSentences = new HashSet<>();
    Group lastBackground = null;
    List<Sentence> datedAside = new ArrayList<>();
    Analysis analysis = Analysis.of(text, doc.sentences(), published);
    for (Sentence s : doc.sentences()) {
      String norm = s.span().of(text).replaceAll("^[^\\p{L}\\p{N}\"]+", "").trim();
      if (!seenSentences.add(norm)) {
        continue; // a repeated headline
      }
      Frame sentenceFrame = analysis.frames().get(s.index());
      List<Mention> mentions = analysis.mentions().get(s.index());
      List<Mention> mainMentions = mentions.stream().filter(m -> m.frame() == Frame.MAIN).toList();
      List<Mention> historical = mentions.stream().filter(m -> m.frame() == Frame.HISTORICAL).toList();
      if (!historical.isEmpty() && mainMentions.isEmpty()) {
        boolean anaphoricToLast = lastBackground != null && historical.stream().allMatch(m -> m.type() == null)
            && lastBackground.sentences.get(lastBackground.sentences.size() - 1).index() == s.index() - 1
            && sentenceFrame == Frame.HISTORICAL && !startsNewIncident(s);
        if (anaphoricToLast || !substantive(analysis, s, historical)) {
          if (lastBackground != null && lastBackground.sentences.get(lastBackground.sentences.size() - 1).index()
              >= s.index() - 1) {
            lastBackground.sentences.add(s);
            lastBackground.mentions.addAll(historical);
          } else if (hasOwnTime(s)) {
            datedAside.add(s); // "The incident occurred Aug. 2": a generic word only
          }
          continue; // else context of no incident
        }
        Group g = new Group(Status.HISTORICAL);
        g.sentences.add(s);
        g.mentions.addAll(historical);
        g.triggerSentences.add(s.index());
        background.add(g);
        lastBackground = g;
        continue;
      }
      if (sentenceFrame == Frame.HISTORICAL) {
        // a historical sentence without a trigger: part of the background incident just before it, if adjacent and
        // if it does not set a time of its own ("… seized control of the north in 2012" is other context)
        if (lastBackground != null && !hasOwnTime(s)
            && lastBackground.sentences.get(lastBackground.sentences.size() - 1).index() == s.index() - 1) {
          lastBackground.sentences.add(s);
        } else if (hasOwnTime(s)) {
          datedAside.add(s);
        }
        continue;
      }
      if (mentions.stream().anyMatch(m -> m.frame() == Frame.WARNING) && mainMentions.isEmpty()) {
        if (hasOwnTime(s)) {
          datedAside.add(s); // "the parents alerted authorities about the incident around 8 p.m. Friday, Nov. 21"
        }
        continue; // a warning, not an incident
      }
      main.sentences.add(s);
      main.mentions.addAll(mainMentions);
      if (!mainMentions.isEmpty()) {
        main.triggerSentences.add(s.index());
      }
      lastBackground = null;
    }
    Set<String> context = places.countryContext(doc);
    List<Toponym> tagged = toponyms.tag(doc);
    for (Toponym t : tagged) {
      if (t.place() != null && t.place().countryCode() != null && !t.place().countryCode().isEmpty()) {
        context.add(t.place().countryCode());
      }
    }
    List<Incident> incidents = new ArrayList<>();
    List<QuoteRules.Found> quotes = QuoteRules.quotes(doc);
    Set<QuoteRules.Found> usedQuotes = new HashSet<>();
    // an article whose lead reports an incident dated more than a month back (a trial, an anniversary, or a late
    // report) still has that incident as its main one; so do later mentions that set no date of their own ("Man
    // found guilty in May 25 fatal shooting … the victim was shot in the head")
    // A main incident that sets no date of its own, in an article that recalls a dated one further down ("Brady
    // Osborne, 16, is charged … Matt Anderson, 15, died nearly 6 months ago, on March 1"), is that one: a follow-up.
    IncidentTimes.Dating mainDating = main.mentions.isEmpty() ? IncidentTimes.Dating.NONE
        : times.dating(doc, main.sentences, main.mentions, published);
    if (!background.isEmpty() && background.get(0).sentences.get(0).index() <= 1
        && mainDating == IncidentTimes.Dating.NONE) {
      main = promote(main, background.get(0), background);
      // "received probation Thursday for killing his best friend 18 months ago … shooting Anderson on March 1,
      // 2014": a recalled lead that its own sentences do not date by the event may take a day recalled further down
      mainDating = times.dating(doc, main.sentences, main.mentions, published);
    }
    if (!main.mentions.isEmpty() && mainDating != IncidentTimes.Dating.EVENT_DAY) {
      // ("… when he shot a 15-year-old boy last summer … Bourda was killed June 5, 2014"): an undated main incident
      // takes any dated recalled one, one dated by a month or a season only one that names its day, and one dated
      // only by a day beside something else ("the report, released Friday … On April 2, Lopez opened fire") only
      // one whose day the event itself is said on; of those that fit, the first whose event day is said wins
      // ("ordered held without bond Monday in connection with a shooting … two months ago … Five people were shot
      // about 12:10 a.m. on Sept. 29")
      Group recalled = null;
      for (Group g : background) {
        IncidentTimes.Dating d = times.dating(doc, g.sentences, g.mentions, published);
        boolean fits = switch (mainDating) {
          case NONE -> d != IncidentTimes.Dating.NONE;
          case COARSE -> d == IncidentTimes.Dating.DAY || d == IncidentTimes.Dating.EVENT_DAY;
          default -> d == IncidentTimes.Dating.EVENT_DAY;
        };
        if (fits && (recalled == null || d == IncidentTimes.Dating.EVENT_DAY)) {
          recalled = g;
          if (d == IncidentTimes.Dating.EVENT_DAY) {
            break;
          }
        }
      }
      if (recalled != null) {
        main = promote(main, recalled, background);
        mainDating = times.dating(doc, main.sentences, main.mentions, published);
      }
    }
    if (!main.mentions.isEmpty() && mainDating != IncidentTimes.Dating.EVENT_DAY) {
      recallWithoutTrigger(doc, main, datedAside, published);
    }
    // "Toledo man found guilty in May 25 fatal shooting … accused in a May 25 shooting that killed one and injured
    // three others": a recalled mention on the main incident's own day is the main incident
    IncidentTime mainDay = main.mentions.isEmpty() ? null
        : times.choose(doc, ordered(main), main.mentions, null, published);
    // ("shot and killed one of his friends in February … The shooting occurred Feb. 6"): and one dated only by its
    // month takes a recalled day of that month
    if (mainDay != null && (mainDay.precision() == TimePrecision.DAY || mainDay.precision() == TimePrecision.MONTH)) {
      boolean absorbed = false;
      for (Iterator<Group> it = background.iterator(); it.hasNext(); ) {
        Group g = it.next();
        IncidentTime day = times.choose(doc, ordered(g), g.mentions, null, published);
        if (day != null && day.start() != null && within(mainDay, day)) {
          main.sentences.addAll(g.sentences);
          main.mentions.addAll(g.mentions);
          main.triggerSentences.addAll(g.triggerSentences);
          it.remove();
          absorbed = true;
        }
      }
      if (absorbed) {
        main.sentences.sort(Comparator.comparingInt(Sentence::index));
      }
    }
    if (!main.mentions.isEmpty()) {
      incidents.add(build(doc, analysis, main, incidents.size(), context, tagged, quotes, usedQuotes, warnings));
    }
    for (Group g : background) {
      incidents.add(build(doc, analysis, g, incidents.size(), context, tagged, quotes, usedQuotes, warnings));
    }
    List<Quote> other = new ArrayList<>();
    for (QuoteRules.Found q : quotes) {
      if (!usedQuotes.contains(q)) {
        other.add(q.quote());
      }
    }
    return new Extraction(ArticleMeta.of(doc.article()), incidents, other, warnings, provenance);
  }

  /** The main incident joined by a recalled one, which leaves the background; a recalled lead's sentences first. */
  private static Group promote(Group main, Group recalled, List<Group> background) {
    background.remove(recalled);
    Group promoted = new Group(Status.MAIN);
    boolean lead = recalled.sentences.get(0).index() <= 1;
    for (Group part : lead ? List.of(recalled, main) : List.of(main, recalled)) {
      promoted.sentences.addAll(part.sentences);
      promoted.mentions.addAll(part.mentions);
      promoted.triggerSentences.addAll(part.triggerSentences);
    }
    if (!lead) {
      promoted.sentences.sort(Comparator.comparingInt(Sentence::index));
    }
    return promoted;
  }

  /**
   * A main incident that its own sentences do not date by a day the event is said on takes the first recalled day in
   * a sentence without a trigger whose parse attaches it to the event ("facing a felony charge in the March 1 death of
   * his best friend", "The incident occurred Aug. 2"): of any month when the main incident names none, else of its
   * month.
   */
  private void recallWithoutTrigger(Annotated doc, Group main, List<Sentence> aside, LocalDate published) {
    IncidentTime own = times.choose(doc, ordered(main), main.mentions, null, published);
    // "Detectives arrested seven other suspects, including two on Thursday. … Officers believe the men opened fire on
    // a large crowd … on Nov. 22": a main incident dated only by a weekday beside something else, a day of this
    // week's news, takes a calendar day recalled weeks back
    boolean thisWeek = own != null && own.precision() == TimePrecision.DAY && NamedDays.namedByWeekday(own);
    for (Sentence s : aside) {
      IncidentTime day = times.recalledDay(doc, s, published, own == null);
      if (day == null && thisWeek) {
        day = times.calendarDay(doc, s, published);
      }
      if (day != null && (own == null || own.precision() != TimePrecision.MONTH || within(own, day))) {
        main.sentences.add(s);
        main.sentences.sort(Comparator.comparingInt(Sentence::index));
        return;
      }
    }
  }

  /**
   * Whether a recalled mention's time is the main incident's: its day (or a day of the month the main incident is
   * dated by), or a month or a year that holds the main incident's day ("charged in a July 2014 shooting that left a
   * boy dead and six others wounded … a shooting on July 25 2014").
   */
  private static boolean within(IncidentTime main, IncidentTime recalled) {
    return switch (recalled.precision()) {
      // the main incident's day, or a day of the month the main incident is dated by
      case DAY -> !recalled.start().isBefore(main.start()) && !recalled.start().isAfter(main.end());
      case MONTH, YEAR -> main.precision() == TimePrecision.DAY && !main.start().isBefore(recalled.start())
          && !main.start().isAfter(recalled.end());
      default -> false;
    };
  }

  /** A group's sentences, those with its triggers first. */
  private static List<Sentence> ordered(Group g) {
    List<Sentence> ordered = new ArrayList<>();
    for (Sentence s : g.sentences) {
      if (g.triggerSentences.contains(s.index())) {
        ordered.add(s);
      }
    }
    for (Sentence s : g.sentences) {
      if (!g.triggerSentences.contains(s.index())) {
        ordered.add(s);
      }
    }
    return ordered;
  }

  private static boolean hasOwnTime(Sentence s) {
    return s.tokens().stream().anyMatch(k -> k.ner().equals("DATE") && !k.lower().equals("time")
        && !k.lower().equals("then"));
  }

  /** Whether a historical trigger sentence says enough to stand as an incident of its own. */
  private static boolean substantive(Analysis analysis, Sentence s, List<Mention> mentions) {
    if (mentions.stream().anyMatch(m -> m.type() != null)) {
      return true;
    }
    return !analysis.figures().get(s.index()).isEmpty();
  }

  /**
   * What each sentence says, worked out once per article: its own frame, its trigger mentions and its figures, and
   * which sentences sum several incidents. The grouping and every incident built from it read these instead of
   * recomputing them.
   */
  private record Analysis(List<Frame> frames, List<List<Mention>> mentions, List<List<FigureRules.Found>> figures,
      IncidentFigures.RoundUps roundUps) {
    static Analysis of(String text, List<Sentence> sentences, LocalDate published) {
      List<Frame> frames = new ArrayList<>(sentences.size());
      List<List<Mention>> mentions = new ArrayList<>(sentences.size());
      List<List<FigureRules.Found>> figures = new ArrayList<>(sentences.size());
      for (Sentence s : sentences) {
        Frame f = Framing.sentenceFrame(text, s, published);
        frames.add(f);
        mentions.add(Framing.mentions(s, f));
        figures.add(FigureRules.figures(text, s));
      }
      return new Analysis(frames, mentions, figures, IncidentFigures.RoundUps.of(text, sentences, figures));
    }
  }

  /** "In March that year, a grenade attack …": a time phrase opening the sentence starts a new recalled incident. */
  private static boolean startsNewIncident(Sentence s) {
    return !s.tokens().isEmpty() && (s.tokens().get(0).ner().equals("DATE")
        || s.tokens().get(0).lower().equals("in") && s.tokens().size() > 1 && s.tokens().get(1).ner().equals("DATE"));
  }

  private Incident build(Annotated doc, Analysis analysis, Group g, int n, Set<String> context, List<Toponym> tagged,
      List<QuoteRules.Found> quotes,
      Set<QuoteRules.Found> usedQuotes, List<String> warnings) {
    String text = doc.text();
    LocalDate published = PublicationDate.anchor(doc.article());
    List<Sentence> ordered = ordered(g);
    // types
    Map<IncidentType, TypeAssignment> types = new LinkedHashMap<>();
    Evidence genericEvidence = null;
    for (Mention m : g.mentions) {
      Sentence s = doc.sentences().get(m.sentence());
      Evidence ev = Phrases.evidence(text, s, m.token(), m.token());
      if (m.type() != null) {
        types.putIfAbsent(m.type(), new TypeAssignment(m.type(), ev));
      } else if (genericEvidence == null) {
        genericEvidence = ev;
      }
    }
    // weapons, and types they imply for a generic "attack"
    Map<WeaponType, Weapon> weapons = new EnumMap<>(WeaponType.class);
    for (Sentence s : ordered) {
      for (Weapon w : actors.weapons(text, s)) {
        weapons.putIfAbsent(w.type(), w);
      }
    }
    if (weapons.containsKey(WeaponType.FIREARMS) && !types.containsKey(IncidentType.ARMED_ASSAULT)
        && types.keySet().stream().noneMatch(t -> t == IncidentType.ARMED_CLASH)) {
      types.put(IncidentType.ARMED_ASSAULT, new TypeAssignment(IncidentType.ARMED_ASSAULT,
          weapons.get(WeaponType.FIREARMS).evidence()));
    }
    if (types.isEmpty()) {
      if (weapons.containsKey(WeaponType.EXPLOSIVES)) {
        types.put(IncidentType.BOMBING, new TypeAssignment(IncidentType.BOMBING,
            weapons.get(WeaponType.EXPLOSIVES).evidence()));
      } else {
        types.put(IncidentType.OTHER_VIOLENCE, new TypeAssignment(IncidentType.OTHER_VIOLENCE, genericEvidence));
      }
    }
    List<Sentence> textOrder = new ArrayList<>(g.sentences);
    textOrder.sort((a, b) -> Integer.compare(a.index(), b.index()));
    IncidentTime time = times.choose(doc, ordered, g.mentions, g.status == Status.MAIN ? published : null, published);
    Map<FigureKind, Figure> figures = IncidentFigures.of(text, analysis.roundUps(),
        OtherTimeDeaths.without(doc, times, analysis.figures(), textOrder, time, published), textOrder); // "on June 29th"
    // actors
    List<Perpetrator> perpetrators = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Boolean claimed = null;
    List<Target> targets = new ArrayList<>();
    List<Victim> victims = new ArrayList<>();
    List<Responder> responders = new ArrayList<>();
    for (Sentence s : textOrder) {
      for (Perpetrator p : actors.perpetrators(text, s)) {
        if (seen.add("p:" + ActorRules.normalise(p.description()))) {
          perpetrators.add(p);
        }
      }
      Boolean c = ActorRules.claimed(s);
      if (c != null && claimed == null) {
        claimed = c;
      }
      for (Target t : actors.targets(text, s)) {
        String d = ActorRules.normalise(t.description());
        boolean covered = targets.stream().anyMatch(o -> ActorRules.normalise(o.description()).contains(d)
            || d.contains(ActorRules.normalise(o.description())));
        if (!covered && seen.add("t:" + d)) {
          targets.add(t);
        }
      }
      FigureKind harm = null;
      for (FigureRules.Found f : analysis.figures().get(s.index())) {
        harm = f.figure().kind();
        break;
      }
      for (Victim v : actors.victims(text, s, harm)) {
        if (seen.add("v:" + ActorRules.normalise(v.description()))) {
          victims.add(v);
        }
      }
      HarmRules.Harmed harmed = HarmRules.harmed(text, s, otherTriggers(analysis, s, g));
      for (Victim v : harmed.victims()) {
        String d = ActorRules.normalise(v.description());
        boolean covered = victims.stream().anyMatch(o -> ActorRules.normalise(o.description()).contains(d));
        if (!covered && seen.add("v:" + d)) {
          victims.add(v);
        }
      }
      for (Target t : harmed.targets()) {
        String d = ActorRules.normalise(t.description());
        boolean covered = targets.stream().anyMatch(o -> ActorRules.normalise(o.description()).contains(d)
            || d.contains(ActorRules.normalise(o.description())));
        if (!covered && seen.add("t:" + d)) {
          targets.add(t);
        }
      }
      for (Responder r : actors.responders(text, s)) {
        if (seen.add("r:" + ActorRules.normalise(r.description()))) {
          responders.add(r);
        }
      }
    }
    if (Boolean.FALSE.equals(claimed)) {
      perpetrators.removeIf(p -> p.attribution() == org.vigil.model.Attribution.CLAIMED);
    }
    // quotes of this incident's sentences
    Set<Integer> mine = new HashSet<>();
    for (Sentence s : g.sentences) {
      mine.add(s.index());
    }
    List<Quote> myQuotes = new ArrayList<>();
    for (QuoteRules.Found q : quotes) {
      if (mine.contains(q.sentence())) {
        myQuotes.add(q.quote());
        usedQuotes.add(q);
      }
    }
    // place and time
    IncidentPlace place = places.place(doc, tagged, ordered, context);
    List<Span> sentenceSpans = textOrder.stream().map(Sentence::span).toList();
    Source source = new Source(doc.article().id(), doc.article().url(), doc.article().title(), published);
    return new Incident(doc.article().id() + "#" + (n + 1), g.status, List.copyOf(types.values()), time, place,
        perpetrators, claimed, targets, victims, List.copyOf(weapons.values()), responders,
        List.copyOf(figures.values()), myQuotes, List.of(source), sentenceSpans, provenance);
  }

  /** Token indices of the sentence's triggers that are not the group's (a warning inside a main sentence). */
  private static Set<Integer> otherTriggers(Analysis analysis, Sentence s, Group g) {
    Set<Integer> out = new HashSet<>();
    for (Mention m : analysis.mentions().get(s.index())) {
      if (!g.mentions.contains(m)) {
        out.add(m.token());
      }
    }
    return out;
  }



}

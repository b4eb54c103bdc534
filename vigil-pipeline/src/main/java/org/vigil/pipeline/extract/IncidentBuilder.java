package org.vigil.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.geo.Gazetteer;
import org.vigil.model.Evidence;
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
import org.vigil.model.TypeAssignment;
import org.vigil.model.Victim;
import org.vigil.model.Weapon;
import org.vigil.model.WeaponType;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Headline;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.pipeline.resolve.geo.PlaceResolver;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;
import org.vigil.pipeline.resolve.geo.toponym.ToponymOptions;
import org.vigil.pipeline.resolve.geo.toponym.ToponymTagger;
import org.vigil.pipeline.resolve.time.PublicationDate;

/**
 * The last step of extraction: fills each incident's fields (types, weapons, time, figures, actors, quotes, place)
 * from its own group's sentences only ({@link IncidentGroup}), the main incident first, then the recalled ones.
 *
 * <p>Stateless and thread-safe.
 */
final class IncidentBuilder {
  private final ActorRules actors;
  private final PlaceResolver places;
  private final ToponymTagger toponyms;
  private final IncidentTimes times;
  private final Provenance provenance;

  IncidentBuilder(Gazetteer gazetteer, IncidentTimes times, Provenance provenance, OutletHomes homes) {
    this.actors = new ActorRules(gazetteer);
    this.places = new PlaceResolver(gazetteer, homes);
    // the incident's place is a place proper: nationality words and names inside organisations are not candidates
    this.toponyms = new ToponymTagger(gazetteer, ToponymOptions.defaults().withDemonyms(false)
        .withNamesInOrganisations(false));
    this.times = times;
    this.provenance = provenance;
  }

  /**
   * The incidents of one article, numbered {@code id#1, id#2, …} in the order of {@code groups} (the main one first,
   * when it has mentions). Each quote goes to the incident whose sentence holds it and is added to {@code usedQuotes}.
   */
  List<Incident> incidents(Annotated doc, SentenceAnalysis analysis, List<IncidentGroup> groups,
      List<QuoteRules.Found> quotes, Set<QuoteRules.Found> usedQuotes) {
    // the places read the article without the title's story paragraph, the figures with it (Headline.forPlaces)
    Annotated placesDoc = Headline.forPlaces(doc);
    Set<String> context = places.countryContext(placesDoc);
    List<Toponym> tagged = toponyms.tag(placesDoc);
    for (Toponym t : tagged) {
      if (t.place() != null && t.place().countryCode() != null && !t.place().countryCode().isEmpty()) {
        context.add(t.place().countryCode());
      }
    }
    List<Incident> incidents = new ArrayList<>();
    for (IncidentGroup g : groups) {
      incidents.add(build(doc, placesDoc, analysis, g, incidents.size(), context, tagged, quotes, usedQuotes));
    }
    return incidents;
  }

  private Incident build(Annotated doc, Annotated placesDoc, SentenceAnalysis analysis, IncidentGroup g, int n,
      Set<String> context, List<Toponym> tagged, List<QuoteRules.Found> quotes, Set<QuoteRules.Found> usedQuotes) {
    String text = doc.text();
    LocalDate published = PublicationDate.anchor(doc.article());
    List<Sentence> ordered = g.ordered();
    // weapons, and types they imply for a generic "attack"
    Map<WeaponType, Weapon> weapons = new EnumMap<>(WeaponType.class);
    for (Sentence s : ordered) {
      for (Weapon w : actors.weapons(text, s)) {
        weapons.putIfAbsent(w.type(), w);
      }
    }
    Map<IncidentType, TypeAssignment> types = types(doc, g, weapons);
    List<Sentence> textOrder = new ArrayList<>(g.sentences);
    textOrder.sort((a, b) -> Integer.compare(a.index(), b.index()));
    IncidentTime time = times.choose(doc, ordered, g.mentions, g.status == Status.MAIN ? published : null, published);
    // deaths of another time left out ("on June 29th")
    Map<FigureKind, Figure> figures = IncidentFigures.of(text, analysis.roundUps(),
        OtherTimeDeaths.without(doc, times, analysis.figures(), textOrder, time, published), textOrder);
    Actors found = actors(doc, analysis, g, textOrder);
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
    IncidentPlace place = places.place(placesDoc, tagged,
        ordered.stream().map(s -> placesDoc.sentences().get(s.index())).toList(), context);
    List<Span> sentenceSpans = textOrder.stream().map(Sentence::span).toList();
    Source source = new Source(doc.article().id(), doc.article().url(), doc.article().title(), published);
    return new Incident(doc.article().id() + "#" + (n + 1), g.status, List.copyOf(types.values()), time, place,
        found.perpetrators(), found.claimed(), found.targets(), found.victims(), List.copyOf(weapons.values()),
        found.responders(), List.copyOf(figures.values()), myQuotes, List.of(source), sentenceSpans, provenance);
  }

  /**
   * The group's incident types: those its mentions name, in mention order; firearms make an armed assault of any
   * incident not already an armed assault or clash; with no type named, explosives make a bombing, else other violence
   * on the first generic mention's evidence.
   */
  private static Map<IncidentType, TypeAssignment> types(Annotated doc, IncidentGroup g,
      Map<WeaponType, Weapon> weapons) {
    Map<IncidentType, TypeAssignment> types = new LinkedHashMap<>();
    Evidence genericEvidence = null;
    for (Mention m : g.mentions) {
      Sentence s = doc.sentences().get(m.sentence());
      Evidence ev = Phrases.evidence(doc.text(), s, m.token(), m.token());
      if (m.type() != null) {
        types.putIfAbsent(m.type(), new TypeAssignment(m.type(), ev));
      } else if (genericEvidence == null) {
        genericEvidence = ev;
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
    return types;
  }

  /** The actors of one incident; {@code claimed} is null when no sentence says whether responsibility was claimed. */
  private record Actors(List<Perpetrator> perpetrators, Boolean claimed, List<Target> targets, List<Victim> victims,
      List<Responder> responders) {
  }

  /**
   * The actors the group's sentences name, in text order, each description once (a target or a victim from the harm
   * rules not when an earlier one's description covers it); claimed perpetrators are dropped when the first sentence
   * that speaks of a claim denies one.
   */
  private Actors actors(Annotated doc, SentenceAnalysis analysis, IncidentGroup g, List<Sentence> textOrder) {
    String text = doc.text();
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
        addTarget(targets, seen, t);
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
        addTarget(targets, seen, t);
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
    return new Actors(perpetrators, claimed, targets, victims, responders);
  }

  /** Adds a target unless one already found covers its description or is covered by it. */
  private static void addTarget(List<Target> targets, Set<String> seen, Target t) {
    String d = ActorRules.normalise(t.description());
    boolean covered = targets.stream().anyMatch(o -> ActorRules.normalise(o.description()).contains(d)
        || d.contains(ActorRules.normalise(o.description())));
    if (!covered && seen.add("t:" + d)) {
      targets.add(t);
    }
  }

  /** Token indices of the sentence's triggers that are not the group's (a warning inside a main sentence). */
  private static Set<Integer> otherTriggers(SentenceAnalysis analysis, Sentence s, IncidentGroup g) {
    Set<Integer> out = new HashSet<>();
    for (Mention m : analysis.mentions().get(s.index())) {
      if (!g.mentions.contains(m)) {
        out.add(m.token());
      }
    }
    return out;
  }
}

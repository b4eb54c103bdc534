package org.vigil.model;

import java.util.List;
import java.util.Objects;

/**
 * One incident as one article reports it.
 *
 * @param id identifier, unique within the article ({@code <articleId>#<n>})
 * @param status main incident or background (historical, warning, hypothetical)
 * @param types incident types with their triggers; never empty
 * @param time when, or null when the article gives nothing to resolve
 * @param place where, or null when no place could be tied to it
 * @param perpetrators who did it; empty when not stated
 * @param claimed true if a group claimed it, false if the article says nobody has, null when not stated
 * @param targets physical targets
 * @param victims people harmed, as described
 * @param weapons weapons used
 * @param responders forces that intervened
 * @param figures counts: killed, injured, hostages, perpetrators killed…
 * @param quotes statements about this incident with their speakers
 * @param sources the articles that reported it
 * @param sentences the spans of the sentences assigned to this incident
 * @param provenance what produced the record
 */
public record Incident(
    String id,
    Status status,
    List<TypeAssignment> types,
    IncidentTime time,
    IncidentPlace place,
    List<Perpetrator> perpetrators,
    Boolean claimed,
    List<Target> targets,
    List<Victim> victims,
    List<Weapon> weapons,
    List<Responder> responders,
    List<Figure> figures,
    List<Quote> quotes,
    List<Source> sources,
    List<Span> sentences,
    Provenance provenance) {
  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    types = List.copyOf(types);
    if (types.isEmpty()) {
      throw new IllegalArgumentException("an incident needs at least one type");
    }
    perpetrators = List.copyOf(perpetrators);
    targets = List.copyOf(targets);
    victims = List.copyOf(victims);
    weapons = List.copyOf(weapons);
    responders = List.copyOf(responders);
    figures = List.copyOf(figures);
    quotes = List.copyOf(quotes);
    sources = List.copyOf(sources);
    sentences = List.copyOf(sentences);
    Objects.requireNonNull(provenance, "provenance");
  }

  /** The best value of the first figure of this kind, or null when the article gives none. */
  public Integer figure(FigureKind kind) {
    return figures.stream().filter(f -> f.kind() == kind).map(Figure::best).findFirst().orElse(null);
  }

  public boolean hasType(IncidentType type) {
    return types.stream().anyMatch(t -> t.type() == type);
  }
}

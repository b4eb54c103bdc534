package org.vigil.pipeline.resolve.geo.toponym;

import java.util.List;
import org.vigil.geo.GeoName;
import org.vigil.model.Span;

/**
 * A candidate toponym: a span of one sentence, what kind of name it is, its gazetteer candidates and how strongly the
 * text says it is a place. Mutable only in {@link #evidence}, {@link #qualifier}, {@link #countyStates} and the
 * resolution fields, which the tagger fills in order while handling one document; never shared between threads.
 */
final class Mention {
  /** What sort of name a mention is. */
  enum Kind {
    /** A name the gazetteer holds. */
    PLACE,
    /** A nationality word. */
    DEMONYM,
    /** A US state abbreviation ("Ga.", "W.Va."). */
    STATE_ABBREVIATION,
    /** A continent or world region. */
    REGION,
    /** "X County", "X Parish", "X Township" the gazetteer lacks. */
    DIVISION,
    /** A street, river, lake, valley… the gazetteer lacks. */
    FEATURE
  }

  final int sentence;
  final int first;
  final int last;
  final Span span;
  final String name;
  final Kind kind;
  final List<GeoName> candidates;
  final Words.Region region;
  /** Recognition score: above the threshold the mention is a toponym. */
  double evidence;
  /** Recognition cues, for the resolver: locative preposition, dateline. */
  boolean locative;
  boolean dateline;
  /** Found in a party label ("D-Calif.") or at the start of a hyphenated word ("Atlanta-based"). */
  boolean partyLabel;
  boolean hyphenated;
  /** The context says this is not a place ("Reston ebolavirus", "Gov. Jackson"), whatever other mentions say. */
  boolean vetoed;
  /** The mention right after this one that qualifies it ("Paris, Texas": Texas), or null. */
  Mention qualifier;
  /** For a DIVISION: the US states having a county of its name ({@code Gazetteer.countyStates}), else empty. */
  List<GeoName> countyStates = List.of();
  /** The chosen entry (or the containing one for DIVISION and FEATURE), and the resolution's margin in [0, 1]. */
  GeoName place;
  double margin;

  Mention(int sentence, int first, int last, Span span, String name, Kind kind, List<GeoName> candidates,
      Words.Region region) {
    this.sentence = sentence;
    this.first = first;
    this.last = last;
    this.span = span;
    this.name = name;
    this.kind = kind;
    this.candidates = List.copyOf(candidates);
    this.region = region;
  }

  @Override
  public String toString() {
    return kind + "[" + name + " " + span.start() + "-" + span.end() + " e=" + evidence + "]";
  }
}

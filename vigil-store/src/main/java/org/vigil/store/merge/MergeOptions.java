package org.vigil.store.merge;

/**
 * The knobs of the merge, with defaults tuned on the development data (GVA dev and the cases set; see
 * docs/store-benchmark.md for the figures). A report joins the best candidate whose score reaches {@code threshold}.
 *
 * @param threshold minimum score for a report to join an incident
 * @param textWeight weight of the IDF-weighted cosine of the two reports' content words (0–1)
 * @param textOffset the cosine below which text counts against a match
 * @param nameWeight weight of the IDF-weighted cosine of the names the two reports mention
 * @param nameOffset the names cosine below which names count against a match
 * @param firmDayVeto two firm dates (precise days read from the text) this many days apart or more never match
 * @param firmDayPenalty what each day between two firm dates beyond the first costs (closer than the veto)
 * @param candidateDays reports whose days are at most this far apart are compared at all
 * @param candidateKm reports whose points are at most this far apart are compared at all (points further apart
 *     are only compared when one of them is a region or a country)
 * @param personWeight what each rare full name of a person that both reports mention adds (at most two count)
 * @param personDays reports that share two rare full names of people may be this many days apart (a trial, a
 *     funeral) whatever their firm dates; reports naming a rare person are looked up by that name this far
 * @param joinScore a main report that scores at least this with two or more incidents some article reports as its
 *     main one joins them into one (fragments of one story kept apart by their dates); infinite to never join
 */
public record MergeOptions(double threshold, double textWeight, double textOffset, double nameWeight,
    double nameOffset, int firmDayVeto, double firmDayPenalty, int candidateDays, double candidateKm,
    double personWeight, int personDays, double joinScore) {
  public MergeOptions {
    if (candidateDays < 0 || candidateKm <= 0 || firmDayVeto < 1 || personDays < 0) {
      throw new IllegalArgumentException("bad merge options");
    }
  }

  /** The tuned defaults. */
  public static MergeOptions defaults() {
    return new MergeOptions(0.25, 8.0, 0.13, 8.0, 0.18, 5, 0.5, 14, 150.0, 1.5, 365, 5.0);
  }

  /** A copy with other text weights. */
  public MergeOptions withText(double tw, double to, double nw, double no) {
    return new MergeOptions(threshold, tw, to, nw, no, firmDayVeto, firmDayPenalty, candidateDays, candidateKm,
        personWeight, personDays, joinScore);
  }

  /** A copy with another threshold. */
  public MergeOptions withThreshold(double t) {
    return new MergeOptions(t, textWeight, textOffset, nameWeight, nameOffset, firmDayVeto, firmDayPenalty,
        candidateDays, candidateKm, personWeight, personDays, joinScore);
  }

  /** A copy with another cost per day between two firm dates. */
  public MergeOptions withFirmDayPenalty(double p) {
    return new MergeOptions(threshold, textWeight, textOffset, nameWeight, nameOffset, firmDayVeto, p,
        candidateDays, candidateKm, personWeight, personDays, joinScore);
  }

  /** A copy with another score at which one report joins several incidents ({@link #joinScore()}). */
  public MergeOptions withJoinScore(double j) {
    return new MergeOptions(threshold, textWeight, textOffset, nameWeight, nameOffset, firmDayVeto, firmDayPenalty,
        candidateDays, candidateKm, personWeight, personDays, j);
  }
}

package org.vigil.pipeline.resolve.geo;

import java.util.Objects;
import java.util.regex.Pattern;
import org.vigil.model.IncidentPlace;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;

/**
 * The dateline's town over a first town the incident's sentences name outside the shooting's own clause, when no
 * later town is named in it ({@link ShootingClause}): "VIRGINIA BEACH, Va. — A 22 year-old man has been arrested and
 * charged in the shooting death of an 18-year-old girl … Alec Spencer Wagner, 22 of Chesapeake" names a suspect's
 * home; "GASTONIA, N.C. — … a deadly shootout between a gunman and police in a suburban neighborhood outside
 * Charlotte" the big city a suburb lies by. A local report is filed from the town it happened in or by. Narrow, as
 * a dateline often names the town a court or a metro station sits in: only a town of the same state as the first
 * town, never when the page title names the first town (a follow-up "4 shot dead in Clarksburg" filed from the
 * state's capital), never when the first town is told by the dateline's town itself ({@link ReferenceTown#toldBy}:
 * "near Elgin, 25 miles east of Austin" below "AUSTIN —"), and never for a report of a court's business, filed
 * from the court's town ("VANCOUVER, Wash. — … flashed a smile at TV cameras as he made his first court appearance"
 * for a shooting in Woodland). Stateless.
 */
final class DatelineTown {
  private DatelineTown() {}

  /**
   * Words of a court's business: a page whose title or dateline sentence uses one reports a step of the courts, and
   * its dateline is the court's town ("Judge rules 17 year old can be tried as an adult", "A teenager faced a judge").
   */
  private static final Pattern COURT = Pattern.compile("(?i)\\b(?:court\\w*|judge|trial|hearing|arraign\\w*|plead\\w*"
      + "|plea|jury|sentenc\\w*|bail|bond|indict\\w*|verdict|prosecutor\\w*)\\b");

  /**
   * The dateline's town, near the incident rather than at it (precision 2), in place of the first town {@code p} of
   * sentence {@code s}; else {@code p}.
   *
   * @param home the dateline's town, or null when the dateline names none
   */
  static IncidentPlace over(IncidentPlace p, Sentence s, IncidentPlace home, Annotated doc) {
    String title = doc.article().title();
    if (home == null || p.admin1() == null || !p.admin1().equals(home.admin1())
        || !Objects.equals(p.countryCode(), home.countryCode()) || Objects.equals(p.geonameId(), home.geonameId())
        || ShootingClause.names(s, p) || titled(p, title) || court(title, home, doc.text())
        || ReferenceTown.toldBy(p, home, doc.text())) {
      return p;
    }
    return new IncidentPlace(home.name(), home.locality(), home.near(), home.resolvedName(), home.geonameId(),
        home.lat(), home.lon(), home.admin1(), home.countryCode(), home.featureCode(), 2, home.evidence());
  }

  /** Whether the page title or the dateline's sentence speaks of a court's business ({@link #COURT}). */
  static boolean court(String title, IncidentPlace home, String text) {
    Span dateline = home.evidence() == null ? null : home.evidence().sentence();
    return title != null && COURT.matcher(title).find()
        || dateline != null && dateline.end() <= text.length() && COURT.matcher(dateline.of(text)).find();
  }

  /** Whether the page title names the town, as the text does or as the gazetteer does. */
  private static boolean titled(IncidentPlace p, String title) {
    return title != null && (p.name() != null && title.contains(p.name())
        || p.resolvedName() != null && title.contains(p.resolvedName()));
  }
}

package org.vigil.eval.gva;

import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.model.IncidentPlace;

/**
 * Maps an article's main incident to the GVA fields. GVA counts every participant, suspects included, so
 * {@code killed} is victims killed plus perpetrators killed. When the article states no figure of a kind, the count is
 * 0 if {@code unstatedIsZero} (a shooting report that names no dead usually had none) and null otherwise.
 * Stateless and thread-safe.
 */
public final class GvaMapper {
  private GvaMapper() {}

  /** The GVA incident of a main incident, or null for none. */
  public static GvaPrediction.GvaIncident incident(Incident main, boolean unstatedIsZero) {
    if (main == null) {
      return null;
    }
    String date = main.time() == null || main.time().start() == null ? null : main.time().start().toString();
    IncidentPlace p = main.place();
    String city = p != null && p.precision() >= 1 && p.precision() <= 2 ? p.resolvedName() : null;
    Integer killed = sum(main.figure(FigureKind.KILLED), main.figure(FigureKind.PERPETRATORS_KILLED));
    Integer injured = main.figure(FigureKind.INJURED);
    if (unstatedIsZero) {
      killed = killed == null ? Integer.valueOf(0) : killed;
      injured = injured == null ? Integer.valueOf(0) : injured;
    }
    return new GvaPrediction.GvaIncident(date, city, p == null ? null : p.admin1(), p == null ? null : p.lat(),
        p == null ? null : p.lon(), killed, injured);
  }

  private static Integer sum(Integer a, Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + b;
  }
}

package org.vigil.eval.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigil.model.ActorKind;
import org.vigil.model.Attribution;
import org.vigil.model.Evidence;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.model.IncidentPlace;
import org.vigil.model.IncidentTime;
import org.vigil.model.IncidentType;
import org.vigil.model.Perpetrator;
import org.vigil.model.Provenance;
import org.vigil.model.Qualifier;
import org.vigil.model.Span;
import org.vigil.model.Status;
import org.vigil.model.Target;
import org.vigil.model.TimePrecision;
import org.vigil.model.TypeAssignment;
import org.vigil.model.Victim;
import org.vigil.model.Weapon;
import org.vigil.model.WeaponType;

/** Hand-built incident records for mapping tests (no pipeline involved). */
public final class IncidentBuilder {
  private static final Evidence EV = new Evidence(new Span(0, 1), "x", new Span(0, 1));
  private final Status status;
  private final List<TypeAssignment> types = new ArrayList<>();
  private final List<Perpetrator> perpetrators = new ArrayList<>();
  private final List<Target> targets = new ArrayList<>();
  private final List<Victim> victims = new ArrayList<>();
  private final List<Weapon> weapons = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private IncidentTime time;
  private IncidentPlace place;

  private IncidentBuilder(Status status) {
    this.status = status;
  }

  public static IncidentBuilder main() {
    return new IncidentBuilder(Status.MAIN);
  }

  public static IncidentBuilder of(Status status) {
    return new IncidentBuilder(status);
  }

  public IncidentBuilder type(IncidentType t) {
    types.add(new TypeAssignment(t, EV));
    return this;
  }

  public IncidentBuilder perpetrator(String d, ActorKind kind) {
    perpetrators.add(new Perpetrator(d, kind, Attribution.REPORTED, null, null, EV));
    return this;
  }

  public IncidentBuilder target(String d, String category) {
    targets.add(new Target(d, category, EV));
    return this;
  }

  public IncidentBuilder victim(String d) {
    victims.add(new Victim(d, List.of(), FigureKind.KILLED, EV));
    return this;
  }

  public IncidentBuilder weapon(WeaponType t, String d) {
    weapons.add(new Weapon(t, d, EV));
    return this;
  }

  public IncidentBuilder figure(FigureKind kind, int n) {
    figures.add(new Figure(kind, n, n, n, Qualifier.EXACT, String.valueOf(n), "test", EV));
    return this;
  }

  public IncidentBuilder date(LocalDate d) {
    time = new IncidentTime(d, d, TimePrecision.DAY, null, d, "explicit", null);
    return this;
  }

  public IncidentBuilder place(String resolved, double lat, double lon, String admin1, String cc, int precision) {
    place = new IncidentPlace(resolved, null, null, resolved, null, lat, lon, admin1, cc, "PPL", precision, EV);
    return this;
  }

  public Incident build() {
    if (types.isEmpty()) {
      type(IncidentType.OTHER_VIOLENCE);
    }
    return new Incident("doc#1", status, types, time, place, perpetrators, null, targets, victims, weapons, List.of(),
        figures, List.of(), List.of(), List.of(), new Provenance("test", List.of()));
  }
}

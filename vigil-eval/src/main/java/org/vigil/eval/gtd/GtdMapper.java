package org.vigil.eval.gtd;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.vigil.model.ActorKind;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.model.IncidentPlace;
import org.vigil.model.IncidentType;
import org.vigil.model.Perpetrator;
import org.vigil.model.Target;
import org.vigil.model.TypeAssignment;

/**
 * Maps a main incident to GTD fields. The attack type follows the GTD codebook's hierarchy when an incident has
 * several (assassination, hijacking, kidnapping, barricade, bombing, armed assault, unarmed assault, facility,
 * unknown); the weapon is the first weapon's GTD type; the target type is the first target with a category;
 * {@code nkill} counts victims and perpetrators killed; the country is the English name of the place's country.
 * Stateless and thread-safe.
 */
public final class GtdMapper {
  /** GTD attack type codes in the codebook's order of precedence. */
  private static final List<Integer> HIERARCHY = List.of(1, 4, 6, 5, 3, 2, 8, 7, 9);

  private GtdMapper() {}

  /** The prediction for one event; an event without a main incident gets only its id and gname "Unknown". */
  public static GtdPrediction prediction(JsonNode eventId, Incident main) {
    if (main == null) {
      return new GtdPrediction(eventId, null, null, null, null, null, null, null, null, null, null, "Unknown");
    }
    IncidentPlace p = main.place();
    return new GtdPrediction(eventId, attackType(main),
        main.weapons().isEmpty() ? null : main.weapons().get(0).type().gtdText(),
        main.targets().stream().map(Target::category).filter(c -> c != null).findFirst().orElse(null),
        sum(main.figure(FigureKind.KILLED), main.figure(FigureKind.PERPETRATORS_KILLED)),
        main.figure(FigureKind.INJURED),
        sum(main.figure(FigureKind.HOSTAGES_TAKEN), main.figure(FigureKind.KIDNAPPED)),
        p == null || p.countryCode() == null ? null : countryName(p.countryCode()),
        p == null || p.precision() < 1 || p.precision() > 2 ? null : p.resolvedName(),
        p == null ? null : p.lat(), p == null ? null : p.lon(),
        main.perpetrators().stream().filter(x -> x.kind() == ActorKind.ORGANISATION).map(Perpetrator::description)
            .findFirst().orElse("Unknown"));
  }

  /** The GTD attack type text of the incident's highest-ranked type that has one. */
  static String attackType(Incident main) {
    return main.types().stream().map(TypeAssignment::type)
        .map(IncidentType::crosswalk)
        .filter(c -> c.gtdAttackType() != null && c.gtdAttackTypeText() != null)
        .min(Comparator.comparingInt(c -> rank(c.gtdAttackType())))
        .map(IncidentType.Crosswalk::gtdAttackTypeText).orElse(null);
  }

  private static int rank(int code) {
    int i = HIERARCHY.indexOf(code);
    return i < 0 ? HIERARCHY.size() : i;
  }

  static String countryName(String iso2) {
    String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() || name.equals(iso2) ? null : name;
  }

  private static Integer sum(Integer a, Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + b;
  }
}

package org.vigil.eval.muc4;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.eval.score.Muc4Role;

/**
 * One predicted MUC-4 template in the GTT prediction format: an incident type and, per role, entities that each hold
 * one lower-cased mention.
 *
 * @param incidentType attack, bombing, kidnapping, arson or robbery
 * @param perpInd individual perpetrators
 * @param perpOrg perpetrator organisations
 * @param target physical targets
 * @param victim human targets
 * @param weapon weapons
 */
public record PredictedTemplate(String incidentType, List<String> perpInd, List<String> perpOrg,
    List<String> target, List<String> victim, List<String> weapon) {
  public PredictedTemplate {
    Objects.requireNonNull(incidentType, "incidentType");
    perpInd = List.copyOf(perpInd);
    perpOrg = List.copyOf(perpOrg);
    target = List.copyOf(target);
    victim = List.copyOf(victim);
    weapon = List.copyOf(weapon);
  }

  /** The JSON object {@code {incident_type, PerpInd: [[m]], PerpOrg, Target, Victim, Weapon}}. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("incident_type", incidentType);
    m.put("PerpInd", entities(perpInd));
    m.put("PerpOrg", entities(perpOrg));
    m.put("Target", entities(target));
    m.put("Victim", entities(victim));
    m.put("Weapon", entities(weapon));
    return m;
  }

  private static List<List<String>> entities(List<String> mentions) {
    return mentions.stream().map(List::of).toList();
  }

  /** The fillers of one role. */
  public List<String> fillers(Muc4Role r) {
    return switch (r) {
      case PERP_IND -> perpInd;
      case PERP_ORG -> perpOrg;
      case TARGET -> target;
      case VICTIM -> victim;
      case WEAPON -> weapon;
    };
  }

  /** Whether every role is empty. */
  public boolean hasNoFillers() {
    return perpInd.isEmpty() && perpOrg.isEmpty() && target.isEmpty() && victim.isEmpty() && weapon.isEmpty();
  }
}

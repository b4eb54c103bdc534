package org.vigil.eval.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One MUC-4 template as the scorers see it: an incident type and, per role, a list of entities, each a list of
 * normalised mention strings ({@link Muc4Text#norm}).
 *
 * @param incidentType the type string; gold may hold several ("bombing / attack"), matched by substring
 * @param roles the entities of each role, indexed by {@link Muc4Role#ordinal()}; five lists
 */
public record Muc4Template(String incidentType, List<List<List<String>>> roles) {
  public Muc4Template {
    Objects.requireNonNull(incidentType, "incidentType");
    if (roles.size() != Muc4Role.values().length) {
      throw new IllegalArgumentException("need " + Muc4Role.values().length + " roles, got " + roles.size());
    }
    List<List<List<String>>> copy = new ArrayList<>();
    for (List<List<String>> r : roles) {
      copy.add(r.stream().map(List::copyOf).toList());
    }
    roles = List.copyOf(copy);
  }

  /** The entities of one role. */
  public List<List<String>> role(Muc4Role role) {
    return roles.get(role.ordinal());
  }
}

package org.vigil.model;

import java.util.Objects;

/**
 * A physical target (a building, vehicle, facility), as MUC-4 and the GTD define targets.
 *
 * @param description the mention as written ("Le Campement Kangaba", "La Terrasse nightclub")
 * @param category GTD target type text ("Business", "Police", "Tourists", …) or null when unknown
 * @param evidence the supporting text
 */
public record Target(String description, String category, Evidence evidence) {
  public Target {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(evidence, "evidence");
  }
}

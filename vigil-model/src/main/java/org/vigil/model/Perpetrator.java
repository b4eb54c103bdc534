package org.vigil.model;

import java.util.Objects;

/**
 * Who carried out an incident.
 *
 * @param description the mention as written ("suspected jihadists", "al-Shabab")
 * @param kind individuals or an organisation
 * @param attribution claimed, suspected, reported or unknown
 * @param countLow smallest number of perpetrators stated, or null
 * @param countHigh largest number stated ("up to four" → 4), or null
 * @param evidence the supporting text
 */
public record Perpetrator(String description, ActorKind kind, Attribution attribution, Integer countLow,
    Integer countHigh, Evidence evidence) {
  public Perpetrator {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(evidence, "evidence");
  }
}

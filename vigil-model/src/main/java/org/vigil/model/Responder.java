package org.vigil.model;

import java.util.Objects;

/**
 * A force that intervened ("Malian special forces", "police").
 *
 * @param description the mention as written
 * @param evidence the supporting text
 */
public record Responder(String description, Evidence evidence) {
  public Responder {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(evidence, "evidence");
  }
}

package org.vigil.model;

import java.util.Objects;

/** A weapon used, with its GTD category and the mention ("gunfire", "a grenade"). */
public record Weapon(WeaponType type, String description, Evidence evidence) {
  public Weapon {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(evidence, "evidence");
  }
}

package org.vigil.model;

import java.util.Objects;

/** One type of an incident, with the trigger phrase that supports it and the type's crosswalk codes. */
public record TypeAssignment(IncidentType type, IncidentType.Crosswalk crosswalk, Evidence evidence) {
  public TypeAssignment {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(evidence, "evidence");
    crosswalk = type.crosswalk();
  }

  public TypeAssignment(IncidentType type, Evidence evidence) {
    this(type, type.crosswalk(), evidence);
  }
}

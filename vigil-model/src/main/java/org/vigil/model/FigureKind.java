package org.vigil.model;

/** What a figure counts. Victims and perpetrators are kept apart (GTD nkill vs nkillter). */
public enum FigureKind {
  KILLED,
  INJURED,
  HOSTAGES_TAKEN,
  HOSTAGES_FREED,
  KIDNAPPED,
  PERPETRATORS_KILLED,
  PERPETRATORS_ARRESTED
}

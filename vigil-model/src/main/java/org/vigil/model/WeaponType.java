package org.vigil.model;

/** Weapon types, following the GTD's weaptype1 categories. */
public enum WeaponType {
  BIOLOGICAL("Biological"),
  CHEMICAL("Chemical"),
  RADIOLOGICAL("Radiological"),
  FIREARMS("Firearms"),
  EXPLOSIVES("Explosives"),
  FAKE_WEAPONS("Fake Weapons"),
  INCENDIARY("Incendiary"),
  MELEE("Melee"),
  VEHICLE("Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)"),
  OTHER("Other"),
  UNKNOWN("Unknown");

  private final String gtdText;

  WeaponType(String gtdText) {
    this.gtdText = gtdText;
  }

  /** The GTD's weaptype1_txt label. */
  public String gtdText() {
    return gtdText;
  }
}

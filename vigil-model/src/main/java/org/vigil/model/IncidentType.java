package org.vigil.model;

/**
 * Vigil's incident types with their crosswalk codes to ACLED, the GTD, PLOVER and CAMEO (see docs/ontology.md).
 * A code that a dataset does not have is null.
 */
public enum IncidentType {
  ARMED_ASSAULT("Violence against civilians", "Attack", 2, "Armed Assault", "ASSAULT", "firearms", "180"),
  ARMED_CLASH("Battles", "Armed clash", null, null, "ASSAULT", null, "190"),
  HOSTAGE_TAKING("Violence against civilians", "Abduction/forced disappearance", 5,
      "Hostage Taking (Barricade Incident)", "ASSAULT", "abduct", "181"),
  KIDNAPPING("Violence against civilians", "Abduction/forced disappearance", 6, "Hostage Taking (Kidnapping)",
      "ASSAULT", "abduct", "181"),
  BOMBING("Explosions/Remote violence", "Remote explosive/landmine/IED", 3, "Bombing/Explosion", "ASSAULT",
      "explosives", "183"),
  SUICIDE_BOMBING("Explosions/Remote violence", "Suicide bomb", 3, "Bombing/Explosion", "ASSAULT", "suicide-attack",
      "1831"),
  GRENADE_ATTACK("Explosions/Remote violence", "Grenade", 3, "Bombing/Explosion", "ASSAULT", "explosives", "183"),
  ASSASSINATION("Violence against civilians", "Attack", 1, "Assassination", "ASSAULT", "targeted", "186"),
  SHELLING_AIRSTRIKE("Explosions/Remote violence", "Shelling/artillery/missile attack", null, null, "ASSAULT",
      "heavy-weapons", "194"),
  ARSON("Riots", "Violent demonstration", 7, "Facility/Infrastructure Attack", "ASSAULT", null, "1724"),
  ROBBERY(null, null, null, null, null, null, null),
  OTHER_VIOLENCE(null, null, 9, "Unknown", null, null, null);

  private final String acledEventType;
  private final String acledSubEventType;
  private final Integer gtdAttackType;
  private final String gtdAttackTypeText;
  private final String ploverEvent;
  private final String ploverMode;
  private final String cameo;

  IncidentType(String acledEventType, String acledSubEventType, Integer gtdAttackType, String gtdAttackTypeText,
      String ploverEvent, String ploverMode, String cameo) {
    this.acledEventType = acledEventType;
    this.acledSubEventType = acledSubEventType;
    this.gtdAttackType = gtdAttackType;
    this.gtdAttackTypeText = gtdAttackTypeText;
    this.ploverEvent = ploverEvent;
    this.ploverMode = ploverMode;
    this.cameo = cameo;
  }

  /** The crosswalk codes of this type, as one record for output. */
  public Crosswalk crosswalk() {
    return new Crosswalk(acledEventType, acledSubEventType, gtdAttackType, gtdAttackTypeText, ploverEvent, ploverMode,
        cameo);
  }

  /** The lower-case label used in JSON ({@code armed_assault}). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Crosswalk codes of one incident type; any field may be null where the dataset has no equivalent. */
  public record Crosswalk(String acledEventType, String acledSubEventType, Integer gtdAttackType,
      String gtdAttackTypeText, String ploverEvent, String ploverMode, String cameo) {}
}

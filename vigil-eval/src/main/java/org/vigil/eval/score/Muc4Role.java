package org.vigil.eval.score;

/** The five MUC-4 role-filler slots that the GTT and GRIT conventions score, with their JSON names. */
public enum Muc4Role {
  PERP_IND("PerpInd"),
  PERP_ORG("PerpOrg"),
  TARGET("Target"),
  VICTIM("Victim"),
  WEAPON("Weapon");

  private final String key;

  Muc4Role(String key) {
    this.key = key;
  }

  /** The field name in gold and prediction files ({@code PerpInd}). */
  public String key() {
    return key;
  }
}

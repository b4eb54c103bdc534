package org.vigil.model;

/** Whether an incident is the new incident an article reports, or one it recalls or mentions. */
public enum Status {
  /** The article's main, newly reported incident. */
  MAIN,
  /** An earlier incident the article recalls ("That attack left 20 dead", "In March that year …"). */
  HISTORICAL,
  /** A warning of a possible future attack, not an incident. */
  WARNING,
  /** A hypothetical or negated event. */
  HYPOTHETICAL
}

package org.vigil.model;

/** How a perpetrator is tied to an incident. */
public enum Attribution {
  /** The group claimed responsibility. */
  CLAIMED,
  /** The article names the perpetrator as suspected, blamed or alleged. */
  SUSPECTED,
  /** Described as the perpetrators by the article itself ("gunmen opened fire"). */
  REPORTED,
  /** Not known; the article says no group has claimed it. */
  UNKNOWN
}

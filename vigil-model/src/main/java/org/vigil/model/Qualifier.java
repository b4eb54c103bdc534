package org.vigil.model;

/** The hedge a figure was given with. */
public enum Qualifier {
  EXACT,
  AT_LEAST,
  UP_TO,
  MORE_THAN,
  FEWER_THAN,
  ABOUT,
  RANGE,
  VAGUE
}

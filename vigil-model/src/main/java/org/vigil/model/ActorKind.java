package org.vigil.model;

/** What sort of actor a mention names. */
public enum ActorKind {
  INDIVIDUALS,
  ORGANISATION,
  FORCE
}

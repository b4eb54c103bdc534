package org.vigil.model;

/** The pipeline stage at which an input was rejected or skipped. */
public enum Stage {
  INGEST,
  CLEAN,
  SCREEN,
  ANNOTATE,
  EXTRACT,
  STORE
}

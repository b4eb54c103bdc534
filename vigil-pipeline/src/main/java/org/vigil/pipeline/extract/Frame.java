package org.vigil.pipeline.extract;

/** The frame a mention or sentence speaks in: the article's new incident, or something else. */
enum Frame {
  MAIN,
  HISTORICAL,
  WARNING,
  HYPOTHETICAL
}

package org.vigil.pipeline.clean;

/**
 * One paragraph as found in the source, before whitespace is normalised.
 *
 * @param text the raw text (may contain any whitespace)
 * @param sourceOffset start offset in the decoded source of what it came from, or -1 when unknown
 */
record Block(String text, int sourceOffset) {}

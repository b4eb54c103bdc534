/**
 * {@code vigil eval screen}: the screen stage (language, relevance, duplicates) measured on its own, without CoreNLP.
 */
package org.vigil.eval.screen;

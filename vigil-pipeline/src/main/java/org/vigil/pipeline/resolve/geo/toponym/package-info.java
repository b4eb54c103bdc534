/**
 * Toponym tagging: every place name of an annotated article, resolved to a gazetteer entry.
 * {@link org.vigil.pipeline.resolve.geo.toponym.ToponymTagger} is the stage (stateless, thread-safe, gazetteer and
 * {@link org.vigil.pipeline.resolve.geo.toponym.ToponymOptions} passed in); it finds candidates
 * ({@code MentionFinder}), weighs whether each is a place ({@code Evidence}), resolves them together for the whole
 * article ({@code Resolver}); a toponym is mapped at its gazetteer entry's point.
 * {@link org.vigil.pipeline.resolve.geo.toponym.GeoEval} runs it on a geoparsing corpus for {@code score.py geo}.
 * Rules are general English and news patterns; none names a place of a particular article or corpus.
 */
package org.vigil.pipeline.resolve.geo.toponym;

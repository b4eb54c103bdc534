/**
 * The outlets' home towns the store learns: one vote per stored page whose text placed its main incident in a town
 * ({@link org.vigil.pipeline.resolve.geo.OutletHomes}), kept in {@code outlet_votes} beside the article.
 */
package org.vigil.store.homes;

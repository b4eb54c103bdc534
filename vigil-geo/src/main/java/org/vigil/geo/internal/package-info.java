/**
 * Implementation details of the gazetteer shared by the runtime and the builder: the name folding
 * ({@link org.vigil.geo.internal.NameKey}), the binary format ({@link org.vigil.geo.internal.GazetteerData}), the
 * disambiguation prior, the nationality rules and the grid index. Not an API: it may change with any build.
 */
package org.vigil.geo.internal;

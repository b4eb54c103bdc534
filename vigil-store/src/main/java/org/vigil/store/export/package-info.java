/**
 * Output formats of the incident queries: table, JSON lines, ACLED-style and GTD-style CSV, GeoJSON (RFC 7946).
 */
package org.vigil.store.export;

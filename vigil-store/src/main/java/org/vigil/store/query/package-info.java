/**
 * Reading the store: incident filters (time, box or radius, country, type, toll, actor, full text) and the full
 * account of one incident.
 */
package org.vigil.store.query;

/**
 * The store benchmark: synthetic incidents, bulk fill, merge throughput and box + time query latency.
 */
package org.vigil.store.bench;

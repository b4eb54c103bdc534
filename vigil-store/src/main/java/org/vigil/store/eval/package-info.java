/**
 * The merge measured on benchmark data (GVA, cases) from stored extractions; gold fields are never read.
 */
package org.vigil.store.eval;

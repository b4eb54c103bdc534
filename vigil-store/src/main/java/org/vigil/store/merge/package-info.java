/**
 * Merging across articles, as pure functions: the features of a report, how two reports are scored, and how the
 * figures of every source are reconciled. No SQL here.
 */
package org.vigil.store.merge;

/** The duplicate screen's seen-set kept in the store, so that a restarted run still sees earlier copies. */
package org.vigil.store.screen;

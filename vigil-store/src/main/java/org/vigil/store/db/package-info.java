/**
 * Where the store lives (a SQLite file or a PostgreSQL database), its Flyway migrations and the few things that
 * differ between the two databases.
 */
package org.vigil.store.db;

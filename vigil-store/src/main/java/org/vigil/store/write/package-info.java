/**
 * The writer: the SQL that stores an article, finds merge candidates, and rewrites a merged incident from its
 * reports. Used inside one transaction per article.
 */
package org.vigil.store.write;

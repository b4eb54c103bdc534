/**
 * Safe HTTP fetching for URL and feed sources: address checks on every hop, a redirect limit, timeouts, a size limit
 * and a polite user agent. Every failure is a {@link org.vigil.ingest.fetch.FetchException} with a stable reason.
 */
package org.vigil.ingest.fetch;

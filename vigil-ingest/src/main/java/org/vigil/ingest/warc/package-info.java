/** WARC archives (Common Crawl News and the like) as inputs: one input per captured page, bounded per record. */
package org.vigil.ingest.warc;

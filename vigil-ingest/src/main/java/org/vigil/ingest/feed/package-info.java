/**
 * RSS and Atom feeds as sources: parsing without XML entities, and the per-feed state (validators for conditional
 * GET, items already read, back-off) that lets a run stop and start again without re-reading or missing items.
 */
package org.vigil.ingest.feed;

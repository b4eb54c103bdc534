/**
 * The inputs of vigil run: files, directories, JSON-lines batches and stdin, read lazily in a stable order, each
 * with its content hash.
 */
package org.vigil.ingest;

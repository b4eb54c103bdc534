/**
 * The clean stage: from the bytes of one input to an {@link org.vigil.model.Article}.
 *
 * <p>{@link org.vigil.pipeline.clean.Cleaner#clean(org.vigil.model.RawDocument)} checks the input (size, binary
 * content, character set), decodes it, tells HTML from plain text, and keeps only the article's own text, split into
 * paragraphs, each with its span in the cleaned text and its offset in the decoded source. For HTML it also reads the
 * page's metadata (title, publication date and where it was found, author, language, canonical URL) and finds the
 * main text with a Readability-style extractor: remove scripts, navigation and page furniture, score the containers
 * by the paragraphs they hold, and keep the best one with its well-scoring siblings.
 *
 * <p>Bad input is never an exception other than {@link org.vigil.model.RejectedException}, whose reason is one of
 * {@code too-large}, {@code empty}, {@code binary}, {@code invalid-encoding}, {@code no-text} (or
 * {@code internal-error} for a bug of the cleaner). The stage is stateless and thread-safe; its options are a
 * {@link org.vigil.pipeline.clean.CleanerOptions} record.
 */
package org.vigil.pipeline.clean;

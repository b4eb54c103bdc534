/**
 * The screen stage: decides, cheaply and before CoreNLP, whether a cleaned {@link org.vigil.model.Article} is worth
 * annotating. Three screens, in this order, each can be switched off in {@link
 * org.vigil.pipeline.screen.ScreenOptions}:
 *
 * <ol>
 *   <li>{@link org.vigil.pipeline.screen.LanguageIdentifier}: the language of the text (optimaize language-detector,
 *       71 n-gram profiles). Only a confident non-English guess on a text long enough to judge skips the article
 *       ({@code not-english}); short or ambiguous text passes.</li>
 *   <li>{@link org.vigil.pipeline.screen.RelevanceScreen}: is the article about a violent or security incident? A
 *       weighted lexicon of incident words, tuned for recall ({@code not-relevant}).</li>
 *   <li>{@link org.vigil.pipeline.screen.StoryFingerprint}: the same story seen before, exactly
 *       ({@code duplicate}) or nearly (MinHash over word 5-shingles, {@code near-duplicate}), with a pointer to the
 *       first copy. What was seen is run state: it lives in a {@link org.vigil.pipeline.screen.SeenStories} passed in
 *       by the caller (in memory for a batch, in the database for {@code vigil run}).</li>
 * </ol>
 *
 * <p>{@link org.vigil.pipeline.screen.Screener} is stateless and thread-safe.
 */
package org.vigil.pipeline.screen;

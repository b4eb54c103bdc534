package org.vigil.pipeline.clean;

import java.time.LocalDate;

/**
 * What a page says about itself in its markup; every field may be null.
 *
 * @param publishedEvidence where {@code published} was found, in {@link org.vigil.model.Article}'s vocabulary
 */
record PageMetadata(String title, LocalDate published, String publishedEvidence, String author, String language,
    String canonicalUrl) {}

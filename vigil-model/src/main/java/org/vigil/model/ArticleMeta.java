package org.vigil.model;

import java.time.LocalDate;

/** What the output says about the article itself (the text stays out of the record to keep it small). */
public record ArticleMeta(String id, String url, String title, LocalDate published, String publishedEvidence,
    String author, String language, int textLength, String inputHash) {
  public static ArticleMeta of(Article a) {
    return new ArticleMeta(a.id(), a.url(), a.title(), a.published(), a.publishedEvidence(), a.author(), a.language(),
        a.text().length(), a.inputHash());
  }
}

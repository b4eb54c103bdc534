package org.vigil.model;

import java.time.LocalDate;

/** An article that reported an incident. */
public record Source(String articleId, String url, String title, LocalDate published) {}

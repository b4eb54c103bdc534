package org.vigil.model;

import java.util.Objects;

/**
 * A statement in the article, direct (in quotation marks) or reported ("X said the number … was raised to 32").
 *
 * @param text what was said
 * @param direct true for a quotation in quotation marks
 * @param speaker who said it ("Modibo Traore", "a source close to the case"), or null when unattributed
 * @param speakerRole the speaker's role or title ("Commandant, a spokesman for the Malian special forces"), or null
 * @param rule how the speaker was found ({@code said-subject}, {@code according-to}, {@code pronoun-previous-person},
 *     {@code continued-quote})
 * @param evidence the statement's text
 * @param speakerEvidence where the speaker is named, or null
 */
public record Quote(String text, boolean direct, String speaker, String speakerRole, String rule, Evidence evidence,
    Evidence speakerEvidence) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
  }
}

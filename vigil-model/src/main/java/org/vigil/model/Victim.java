package org.vigil.model;

import java.util.List;
import java.util.Objects;

/**
 * People harmed by an incident, as the article describes them ("a Franco-Gabonese", "six Malians").
 *
 * @param description the mention as written
 * @param nationalities ISO 3166-1 alpha-2 codes ("Franco-Gabonese" → FR, GA); empty when not stated
 * @param harm what happened to them: killed, injured, hostage, kidnapped, or null when not stated
 * @param evidence the supporting text
 */
public record Victim(String description, List<String> nationalities, FigureKind harm, Evidence evidence) {
  public Victim {
    Objects.requireNonNull(description, "description");
    nationalities = List.copyOf(nationalities);
    Objects.requireNonNull(evidence, "evidence");
  }
}

package org.vigil.eval.gva;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of a GVA (or cases) predictions file.
 *
 * @param docId the article's id as given
 * @param incidentKey the id of the merged incident the article was assigned to
 * @param incident the article's main incident, or null when it reports none
 */
public record GvaPrediction(@JsonProperty("doc_id") JsonNode docId,
    @JsonProperty("incident_key") String incidentKey,
    @JsonProperty("incident") GvaIncident incident) {

  /**
   * The main incident in the GVA fields.
   *
   * @param date first day, ISO, or null
   * @param city the resolved town when the place is that town or near it (precision 1–2), else null
   * @param state first-level division, or null
   * @param lat latitude or null
   * @param lon longitude or null
   * @param killed everyone killed, suspects included, or null
   * @param injured injured, or null
   */
  public record GvaIncident(@JsonProperty("date") String date, @JsonProperty("city") String city,
      @JsonProperty("state") String state, @JsonProperty("lat") Double lat, @JsonProperty("lon") Double lon,
      @JsonProperty("killed") Integer killed, @JsonProperty("injured") Integer injured) {}
}

package org.vigil.eval.gtd;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One predictions line in GTD field names. Any field may be null when the summary does not give it.
 *
 * @param eventId the event's id as given
 * @param attackType attacktype1_txt
 * @param weaponType weaptype1_txt
 * @param targetType targtype1_txt
 * @param nkill everyone killed, perpetrators included (the GTD's nkill)
 * @param nwound wounded
 * @param nhostkid hostages or kidnapped
 * @param country country_txt
 * @param city the resolved town
 * @param latitude latitude
 * @param longitude longitude
 * @param gname the perpetrator group, "Unknown" when none is named
 */
public record GtdPrediction(@JsonProperty("eventid") JsonNode eventId,
    @JsonProperty("attacktype1_txt") String attackType,
    @JsonProperty("weaptype1_txt") String weaponType,
    @JsonProperty("targtype1_txt") String targetType,
    @JsonProperty("nkill") Integer nkill,
    @JsonProperty("nwound") Integer nwound,
    @JsonProperty("nhostkid") Integer nhostkid,
    @JsonProperty("country_txt") String country,
    @JsonProperty("city") String city,
    @JsonProperty("latitude") Double latitude,
    @JsonProperty("longitude") Double longitude,
    @JsonProperty("gname") String gname) {}

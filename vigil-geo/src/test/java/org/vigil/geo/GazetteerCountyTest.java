package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Gazetteer#countyStates} against the real bundled gazetteer (US Census county names via us-atlas). */
class GazetteerCountyTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadBundled();
    }

    private static List<String> states(String county) {
        return gazetteer.countyStates(county).stream().map(GeoName::admin1Code).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sacramento|CA", "Sacramento County|CA", "sacramento county|CA", "Madera County|CA", "Fresno County|CA",
        "Pasco County|FL", "Orleans Parish|LA", "Matanuska-Susitna Borough|AK", "Doña Ana County|NM",
        "Dona Ana|NM", "District of Columbia|DC",
    })
    void aCountyNamedInOneStateGivesThatState(String county, String state) {
        assertThat(states(county)).containsExactly(state);
    }

    @Test
    void theStatesAreUsDivisionEntries() {
        GeoName california = gazetteer.countyStates("Sacramento County").get(0);
        assertThat(california.kind()).isEqualTo(GeoName.Kind.ADMIN1);
        assertThat(california.countryCode()).isEqualTo("US");
        assertThat(california.name()).isEqualTo("California");
        assertThat(gazetteer.admin1("US", "California")).contains(california);
    }

    @Test
    void aCommonCountyNameGivesEveryStateHavingOne() {
        List<String> washington = states("Washington County");
        assertThat(washington).hasSize(30).contains("PA", "OR", "AR", "NY").doesNotContain("WA", "CA");
        assertThat(states("Washington")).hasSize(31).contains("LA");
    }

    @Test
    void theAffixNarrowsTheStatesAsTheCensusNamesCountyEquivalents() {
        assertThat(states("Orleans Parish")).containsExactly("LA");
        assertThat(states("Orleans County")).containsExactlyInAnyOrder("NY", "VT");
        assertThat(states("Orleans")).containsExactlyInAnyOrder("NY", "LA", "VT");
        assertThat(states("Kodiak Island Borough")).containsExactly("AK");
        assertThat(states("Kodiak Island County")).isEmpty();
        assertThat(states("Sacramento Parish")).isEmpty();
    }

    @Test
    void mostPopulousStateFirst() {
        List<GeoName> orange = gazetteer.countyStates("Orange County");
        assertThat(orange.get(0).admin1Code()).isEqualTo("CA");
        assertThat(orange).extracting(GeoName::population).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"St. Louis County", "Saint Louis County", "St Louis", "ST. LOUIS"})
    void saintMayBeAbbreviated(String spelling) {
        assertThat(states(spelling)).containsExactlyInAnyOrder("MN", "MO");
    }

    @Test
    void independentCitiesAreNotCounties() {
        // Virginia's independent city of Norfolk; Norfolk County is in Massachusetts only
        assertThat(states("Norfolk")).containsExactly("MA");
        // Baltimore County, Maryland, stays; Baltimore city is not a second entry
        assertThat(states("Baltimore County")).containsExactly("MD");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Guadalajara", "County", "   ", "Bamako County"})
    void notACountyGivesNothing(String name) {
        assertThat(gazetteer.countyStates(name)).isEmpty();
    }

    @Test
    void aCountyInAStateIsAnEntryAtTheCentreOfItsShape() {
        GeoName stokes = gazetteer.county("Stokes County", "NC").orElseThrow();
        assertThat(stokes.name()).isEqualTo("Stokes County");
        assertThat(stokes.featureCode()).isEqualTo("ADM2");
        assertThat(stokes.kind()).isEqualTo(GeoName.Kind.ADMIN1);
        assertThat(stokes.admin1Name()).isEqualTo("North Carolina");
        // Stokes County lies between 36.2 and 36.55 N, 80.0 and 80.45 W
        assertThat(stokes.lat()).isBetween(36.2, 36.55);
        assertThat(stokes.lon()).isBetween(-80.45, -80.0);
        // "Troup" without its affix, in capitals: the same county
        assertThat(gazetteer.county("TROUP", "GA").orElseThrow().name()).isEqualTo("Troup County");
    }

    @Test
    void aCountyEquivalentKeepsItsOwnAffix() {
        assertThat(gazetteer.county("Orleans Parish", "LA").orElseThrow().name()).isEqualTo("Orleans Parish");
        assertThat(gazetteer.county("Orleans County", "NY").orElseThrow().name()).isEqualTo("Orleans County");
        // a Parish is in Louisiana only
        assertThat(gazetteer.county("Orleans Parish", "NY")).isEmpty();
    }

    @Test
    void aStateWithoutSuchACountyGivesNothing() {
        assertThat(gazetteer.county("Stokes County", "OR")).isEmpty();
        assertThat(gazetteer.county("Stokes County", null)).isEmpty();
        assertThat(gazetteer.county("Bamako County", "NC")).isEmpty();
    }
}

package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Countries, demonyms, capitals and divisions against the real bundled gazetteer. */
class GazetteerCountryTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadBundled();
    }

    @ParameterizedTest
    @CsvSource({
        "Mali, ML", "ML, ML", "MLI, ML", "Republic of Mali, ML", "mali, ML",
        "the United States, US", "United States, US", "U.S., US", "US, US", "USA, US", "America, US",
        "UK, GB", "U.K., GB", "Britain, GB", "Great Britain, GB", "United Kingdom, GB",
        "Ivory Coast, CI", "Côte d'Ivoire, CI", "DRC, CD", "Burma, MM", "Turkey, TR", "the Gambia, GM",
        "the Democratic Republic of the Congo, CD", "Republic of Congo, CG", "Republic of Sudan, SD",
        "U.S. Virgin Islands, VI", "Plurinational State of Bolivia, BO",
    })
    void countryAcceptsNamesCodesAndNewsShortForms(String nameOrCode, String iso2) {
        assertThat(gazetteer.country(nameOrCode)).map(Country::iso2).contains(iso2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bamako", "Malian", "northern Mali", "", "  "})
    void countryIsEmptyForNonCountries(String name) {
        assertThat(gazetteer.country(name)).isEmpty();
        assertThat(gazetteer.country(null)).isEmpty();
    }

    @Test
    void countryCarriesWorldCountriesFields() {
        Country mali = gazetteer.country("Mali").orElseThrow();
        assertThat(mali.iso3()).isEqualTo("MLI");
        assertThat(mali.officialName()).isEqualTo("Republic of Mali");
        assertThat(mali.capital()).isEqualTo("Bamako");
        assertThat(mali.demonyms()).contains("Malian");
        assertThat(mali.independent()).isTrue();
        // Mali is roughly 10-25 N, 12.3 W - 4.3 E; its point is the centroid of its shape
        assertThat(mali.lat()).isBetween(10.0, 25.0);
        assertThat(mali.lon()).isBetween(-12.3, 4.3);
        assertThat(gazetteer.byId(mali.geonameId())).map(GeoName::kind).contains(GeoName.Kind.COUNTRY);
        assertThat(gazetteer.country("GB").orElseThrow().demonyms()).contains("British", "Briton");
    }

    @ParameterizedTest
    @CsvSource({
        "Malian, ML", "Malians, ML", "Gabonese, GA", "Nigerien, NE", "Burkinabe, BF", "Burkinabè, BF",
        "Afghan, AF", "Afghans, AF", "Somali, SO", "Kenyan, KE", "Tunisian, TN", "British, GB", "Briton, GB",
        "Britons, GB", "Americans, US", "American, US", "Sri Lankan, LK", "Nigerian, NG", "French, FR",
        "Frenchmen, FR", "German-born, DE", "U.S.-led, US", "Saudi-led, SA", "Guinea-Bissauan, GW", "Sino-, CN",
    })
    void nationalityResolvesDemonymsPluralsAndSuffixes(String word, String iso2) {
        assertThat(gazetteer.nationality(word)).extracting(Country::iso2).containsExactly(iso2);
    }

    @Test
    void compoundsNameEveryCountryInOrder() {
        assertThat(gazetteer.nationality("Franco-Gabonese")).extracting(Country::iso2).containsExactly("FR", "GA");
        assertThat(gazetteer.nationality("Anglo-French")).extracting(Country::iso2).containsExactly("GB", "FR");
        assertThat(gazetteer.nationality("Russo-Ukrainian")).extracting(Country::iso2).containsExactly("RU", "UA");
        assertThat(gazetteer.nationality("Israeli-Palestinian")).extracting(Country::iso2)
                .containsExactly("IL", "PS");
    }

    @Test
    void sharedDemonymsPreferIndependentCountriesButKeepSeveralOfThose() {
        assertThat(gazetteer.nationality("French")).extracting(Country::iso2).containsExactly("FR");
        assertThat(gazetteer.nationality("American")).extracting(Country::iso2).containsExactly("US");
        List<Country> congolese = gazetteer.nationality("Congolese");
        assertThat(congolese).extracting(Country::iso2).containsExactly("CD", "CG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mali", "Laos", "Al-Qaeda", "Anglo-Saxon", "Indo-Pacific", "Franco", "Western",
        "Islamic", "Kremlin-backed", "Bamako", ""})
    void nationalityIsEmptyForOtherWords(String word) {
        assertThat(gazetteer.nationality(word)).isEmpty();
        assertThat(gazetteer.nationality(null)).isEmpty();
    }

    @Test
    void capitalIsThePopulatedPlace() {
        assertThat(gazetteer.capital("ML")).map(GeoName::name).contains("Bamako");
        assertThat(gazetteer.capital("ml")).map(GeoName::featureCode).contains("PPLC");
        assertThat(gazetteer.capital("US")).map(GeoName::admin1Code).contains("DC");
        // no PPLC in cities500: matched by world-countries' capital name
        assertThat(gazetteer.capital("IL")).map(GeoName::name).contains("Jerusalem");
        assertThat(gazetteer.capital("AQ")).isEmpty();
        assertThat(gazetteer.capital("XX")).isEmpty();
        assertThat(gazetteer.capital(null)).isEmpty();
    }

    @Test
    void admin1FindsDivisionsWithAndWithoutAffixes() {
        GeoName borno = gazetteer.admin1("NG", "Borno").orElseThrow();
        assertThat(borno.kind()).isEqualTo(GeoName.Kind.ADMIN1);
        assertThat(borno.featureClass()).isEqualTo("A");
        assertThat(borno.admin1Code()).isEqualTo("27");
        assertThat(gazetteer.admin1("NG", "Borno state")).contains(borno);
        assertThat(gazetteer.admin1("ng", "BORNO STATE")).contains(borno);
        assertThat(gazetteer.admin1("PK", "Sindh")).map(GeoName::admin1Name).contains("Sindh");
        assertThat(gazetteer.admin1("PK", "Sindh Province")).map(GeoName::admin1Name).contains("Sindh");
        assertThat(gazetteer.admin1("AF", "Maidan Wardak")).map(GeoName::name).contains("Maidan Wardak Province");
        assertThat(gazetteer.admin1("US", "Borno")).isEmpty();
        assertThat(gazetteer.admin1("NG", "Lagos")).map(GeoName::kind).contains(GeoName.Kind.ADMIN1);
    }

    @Test
    void admin1CentroidLiesInsideTheCountryAndPopulationSumsItsPlaces() {
        GeoName sindh = gazetteer.admin1("PK", "Sindh").orElseThrow();
        // Sindh is roughly 23.5-28.5 N, 66.5-71.5 E
        assertThat(sindh.lat()).isBetween(23.5, 28.5);
        assertThat(sindh.lon()).isBetween(66.5, 71.5);
        GeoName karachi = gazetteer.best("Karachi", java.util.Set.of()).orElseThrow();
        assertThat(sindh.population()).isGreaterThan(karachi.population());
        assertThat(sindh.geonameId()).isNegative();
    }

    @Test
    void aCountryPointIsOnItsMainLandmassNotDraggedByDistantParts() {
        // the contiguous United States are roughly 25-49 N, 125-67 W: Alaska and Hawaii do not pull the point out
        Country us = gazetteer.country("US").orElseThrow();
        assertThat(us.lat()).isBetween(25.0, 49.0);
        assertThat(us.lon()).isBetween(-125.0, -67.0);
        // metropolitan France, not the centroid of France with its overseas departments
        Country fr = gazetteer.country("FR").orElseThrow();
        assertThat(fr.lat()).isBetween(42.0, 51.0);
        assertThat(fr.lon()).isBetween(-5.0, 8.0);
        assertThat(gazetteer.byId(us.geonameId())).map(GeoName::lat).contains(us.lat());
    }

    @Test
    void aCountryAcrossTheAntimeridianGetsAPointOnItsLand() {
        // Russia's main polygon crosses 180 degrees (Chukotka); a centroid of the raw longitudes lies near 160 E
        Country ru = gazetteer.country("RU").orElseThrow();
        assertThat(ru.lat()).isBetween(50.0, 70.0);
        assertThat(ru.lon()).isBetween(40.0, 140.0);
    }

    @Test
    void anArchipelagoWithoutADominantIslandKeepsWorldCountriesPoint() {
        // Indonesia's largest island holds well under two thirds of its land, New Zealand's South Island 56%:
        // world-countries' (-5, 120) and (-41, 174) are kept
        Country indonesia = gazetteer.country("ID").orElseThrow();
        assertThat(indonesia.lat()).isEqualTo(-5.0);
        assertThat(indonesia.lon()).isEqualTo(120.0);
        Country nz = gazetteer.country("NZ").orElseThrow();
        assertThat(nz.lat()).isEqualTo(-41.0);
        assertThat(nz.lon()).isEqualTo(174.0);
    }

    @Test
    void aDivisionPointIsTheCentreOfItsTerritoryNotItsBiggestCity() {
        GeoName toronto = gazetteer.best("Toronto", Set.of("CA")).orElseThrow();
        GeoName ontario = gazetteer.admin1("CA", "Ontario").orElseThrow();
        assertThat(ontario.distanceKm(toronto)).isGreaterThan(300.0);
        assertThat(ontario.lat()).isBetween(42.0, 57.0);
        GeoName brisbane = gazetteer.best("Brisbane", Set.of("AU")).orElseThrow();
        GeoName queensland = gazetteer.admin1("AU", "Queensland").orElseThrow();
        assertThat(queensland.distanceKm(brisbane)).isGreaterThan(500.0);
        assertThat(queensland.lon()).isBetween(138.0, 154.0);
    }
}

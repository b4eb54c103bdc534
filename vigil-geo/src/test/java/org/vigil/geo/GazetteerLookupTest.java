package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Name lookup and disambiguation against the real bundled gazetteer (built in process-classes). */
class GazetteerLookupTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadBundled();
    }

    @Test
    void bamakoIsTheMalianCapital() {
        GeoName bamako = gazetteer.best("Bamako", Set.of()).orElseThrow();
        assertThat(bamako.kind()).isEqualTo(GeoName.Kind.POPULATED_PLACE);
        assertThat(bamako.featureCode()).isEqualTo("PPLC");
        assertThat(bamako.countryCode()).isEqualTo("ML");
        assertThat(bamako.geonameId()).isEqualTo(2460596L);
        assertThat(bamako.lat()).isEqualTo(12.65);
        assertThat(bamako.lon()).isEqualTo(-8.0);
        assertThat(bamako.admin1Name()).isEqualTo("Bamako");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bamakó", "bamako", "BAMAKO", " Bamako ", "Bamakɔ"})
    void matchingIgnoresCaseAccentsAndSpacing(String spelling) {
        assertThat(gazetteer.best(spelling, Set.of())).map(GeoName::geonameId).contains(2460596L);
    }

    @Test
    void hyphensSpacesAndApostrophesDoNotMatter() {
        assertThat(gazetteer.best("Port au Prince", Set.of())).map(GeoName::countryCode).contains("HT");
        assertThat(gazetteer.best("port-au-prince", Set.of())).map(GeoName::featureCode).contains("PPLC");
        assertThat(gazetteer.best("Sana'a", Set.of())).map(GeoName::countryCode).contains("YE");
        assertThat(gazetteer.best("Sanaa", Set.of())).map(GeoName::countryCode).contains("YE");
    }

    @Test
    void kangabaIsFoundAsAMalianTown() {
        List<GeoName> found = gazetteer.lookup("Kangaba");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).countryCode()).isEqualTo("ML");
        assertThat(found.get(0).kind()).isEqualTo(GeoName.Kind.POPULATED_PLACE);
    }

    @Test
    void dougourakoroIsNotInTheDataSoNothingIsFound() {
        assertThat(gazetteer.lookup("Dougourakoro")).isEmpty();
        assertThat(gazetteer.best("Dougourakoro", Set.of("ML"))).isEmpty();
    }

    @Test
    void parisWithoutContextIsParisFranceAndWithUsContextAUsParis() {
        assertThat(gazetteer.best("Paris", Set.of())).map(GeoName::countryCode).contains("FR");
        assertThat(gazetteer.best("Paris", null)).map(GeoName::countryCode).contains("FR");
        assertThat(gazetteer.best("Paris", Set.of("us"))).map(GeoName::countryCode).contains("US");
        // a context without any candidate falls back to all candidates
        assertThat(gazetteer.best("Paris", Set.of("ML"))).map(GeoName::countryCode).contains("FR");
    }

    @Test
    void oklahomaIsTheStateNotAHamletNamedOklahoma() {
        GeoName oklahoma = gazetteer.best("Oklahoma", Set.of()).orElseThrow();
        assertThat(oklahoma.kind()).isEqualTo(GeoName.Kind.ADMIN1);
        assertThat(oklahoma.featureCode()).isEqualTo("ADM1");
        assertThat(oklahoma.countryCode()).isEqualTo("US");
        assertThat(oklahoma.admin1Code()).isEqualTo("OK");
    }

    @Test
    void georgiaIsTheCountryUnlessTheContextIsTheUnitedStates() {
        assertThat(gazetteer.best("Georgia", Set.of())).map(GeoName::kind).contains(GeoName.Kind.COUNTRY);
        assertThat(gazetteer.best("Georgia", Set.of("GE"))).map(GeoName::countryCode).contains("GE");
        GeoName state = gazetteer.best("Georgia", Set.of("US")).orElseThrow();
        assertThat(state.kind()).isEqualTo(GeoName.Kind.ADMIN1);
        assertThat(state.countryCode()).isEqualTo("US");
        assertThat(gazetteer.lookup("Georgia")).extracting(GeoName::kind)
                .startsWith(GeoName.Kind.COUNTRY, GeoName.Kind.ADMIN1);
    }

    @Test
    void aCountryNameWinsOverSameNamedTowns() {
        assertThat(gazetteer.best("Mali", Set.of())).map(GeoName::kind).contains(GeoName.Kind.COUNTRY);
        assertThat(gazetteer.best("Jordan", Set.of("US"))).map(GeoName::countryCode).contains("JO");
        assertThat(gazetteer.best("Lebanon", Set.of())).map(GeoName::countryCode).contains("LB");
        GeoName mali = gazetteer.lookup("Mali").get(0);
        assertThat(mali.featureCode()).isEqualTo("PCLI");
        assertThat(mali.name()).isEqualTo("Mali");
        Country country = gazetteer.country("Mali").orElseThrow();
        assertThat(mali.lat()).isEqualTo(country.lat());
        assertThat(mali.lon()).isEqualTo(country.lon());
    }

    @Test
    void aDivisionGivesWayToTheSameNamedPlaceInsideIt() {
        // Bamako, Kano, Kabul and Khartoum are each a division and a city of that name
        assertThat(gazetteer.lookup("Kano")).extracting(GeoName::kind)
                .contains(GeoName.Kind.ADMIN1, GeoName.Kind.POPULATED_PLACE);
        assertThat(gazetteer.best("Kano", Set.of())).map(GeoName::kind).contains(GeoName.Kind.POPULATED_PLACE);
        assertThat(gazetteer.best("Kabul", Set.of())).map(GeoName::featureCode).contains("PPLC");
        assertThat(gazetteer.best("Khartoum", Set.of())).map(GeoName::featureCode).contains("PPLC");
    }

    @Test
    void lookupListsCountriesThenDivisionsThenPlacesByPopulation() {
        List<GeoName> found = gazetteer.lookup("Paris");
        assertThat(found.get(0).countryCode()).isEqualTo("FR");
        List<GeoName> places = found.stream().filter(g -> g.kind() == GeoName.Kind.POPULATED_PLACE).toList();
        assertThat(places).extracting(GeoName::population).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        List<GeoName> bamako = gazetteer.lookup("Bamako");
        assertThat(bamako).extracting(GeoName::kind)
                .containsExactly(GeoName.Kind.ADMIN1, GeoName.Kind.POPULATED_PLACE);
    }

    @Test
    void divisionsAreFoundWithOrWithoutTheirAffix() {
        assertThat(gazetteer.lookup("Borno")).extracting(GeoName::name).contains("Borno State");
        assertThat(gazetteer.lookup("Borno State")).extracting(GeoName::kind).containsOnly(GeoName.Kind.ADMIN1);
        assertThat(gazetteer.best("Sindh", Set.of())).map(GeoName::countryCode).contains("PK");
    }

    @Test
    void countryShortFormsAreLookupNamesToo() {
        assertThat(gazetteer.lookup("U.S.")).first().extracting(GeoName::countryCode).isEqualTo("US");
        assertThat(gazetteer.lookup("the Gambia")).first().extracting(GeoName::countryCode).isEqualTo("GM");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "---", "Москва", "東京"})
    void unusableNamesGiveEmptyResults(String name) {
        assertThat(gazetteer.lookup(name)).isEmpty();
        assertThat(gazetteer.best(name, Set.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "Mogadishu, SO, PPLC",
        "Kidal, ML, PPLA",
        "Gao, ML, PPLA",
        "Timbuktu, ML, PPLA",
        "Tripoli, LY, PPLC",
        "Kyiv, UA, PPLC",
        "Kiev, UA, PPLC",
        "Washington, US, PPLC",
        "Gaza, PS, PPLA",
        "Damascus, SY, PPLC",
    })
    void newsPlacesResolveToTheExpectedPlace(String name, String country, String featureCode) {
        GeoName g = gazetteer.best(name, Set.of()).orElseThrow();
        assertThat(g.countryCode()).isEqualTo(country);
        assertThat(g.featureCode()).isEqualTo(featureCode);
    }

    @Test
    void lookupMatchesTellsOwnNamesFromAlternateNames() {
        List<NameMatch> bamako = gazetteer.lookupMatches("Bamako");
        assertThat(bamako).extracting(NameMatch::place).isEqualTo(gazetteer.lookup("Bamako"));
        assertThat(bamako.get(0).via()).isEqualTo(NameMatch.Via.OWN_NAME);
        // Mumbai is "Bombay" only among its GeoNames alternate names
        assertThat(gazetteer.lookupMatches("Bombay"))
                .filteredOn(m -> m.place().name().equals("Mumbai"))
                .extracting(NameMatch::via).containsExactly(NameMatch.Via.ALTERNATE_NAME);
        // world-countries' alt spelling "Virgin Islands, U.S." written the news way
        assertThat(gazetteer.lookupMatches("U.S. Virgin Islands")).first()
                .extracting(NameMatch::via).isEqualTo(NameMatch.Via.ALTERNATE_NAME);
        assertThat(gazetteer.lookupMatches("")).isEmpty();
    }

    @Test
    void aLeadingTheKeepsAnOfficialNameAnOwnName() {
        // "Congo, the Democratic Republic of the" is an alt spelling with the article; the official name has none
        List<NameMatch> found = gazetteer.lookupMatches("the Democratic Republic of the Congo");
        assertThat(found).extracting(m -> m.place().countryCode()).containsExactly("CD");
        assertThat(found.get(0).via()).isEqualTo(NameMatch.Via.OWN_NAME);
        assertThat(gazetteer.lookup("Democratic Republic of Congo")).extracting(GeoName::countryCode)
                .containsExactly("CD");
        assertThat(gazetteer.lookup("Republic of Congo")).extracting(GeoName::countryCode).containsExactly("CG");
    }
}

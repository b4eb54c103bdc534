package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link PostalTowns} against the real bundled gazetteer (US ZIP codes' postal cities via zipcodes). */
class PostalTownsTest {

    private static PostalTowns postal;

    @BeforeAll
    static void load() {
        postal = Gazetteer.loadBundled().postal();
    }

    @Test
    void aTownWhoseZipCodesCarryAnotherCitysNameIsNoPostalCity() {
        assertThat(postal.isPostalCity("Pittsburgh", "PA")).isTrue();
        assertThat(postal.isPostalCity("Wilkinsburg", "PA")).isFalse();
        assertThat(postal.isPostalCity("Pittsburgh", "OH")).isFalse();
    }

    @Test
    void namesAreComparedLooselyAsToSaintAndCase() {
        assertThat(postal.isPostalCity("St. Louis", "MO")).isTrue();
        assertThat(postal.isPostalCity("saint louis", "MO")).isTrue();
        assertThat(postal.isPostalCity(null, "MO")).isFalse();
    }

    @Test
    void theNearestZipCodeOfTheStateGivesThePostalCity() {
        // Wilkinsburg, Pennsylvania
        assertThat(postal.nearest(40.44173, -79.88199, "PA", 10)).contains("Pittsburgh");
        assertThat(postal.nearest(40.44173, -79.88199, "OH", 10)).isEmpty();
        assertThat(postal.nearest(40.44173, -79.88199, "XX", 10)).isEmpty();
        assertThat(postal.nearest(40.44173, -79.88199, null, 10)).isEmpty();
    }

    @Test
    void namesAreOneWithoutAccentsOrWithWordsAddedAtTheEnd() {
        assertThat(postal.sameName("Pāhoa", "Pahoa")).isTrue();
        assertThat(postal.sameName("New York City", "New York")).isTrue();
        assertThat(postal.sameName("Wilkinsburg", "Pittsburgh")).isFalse();
    }

    @Test
    void aPostalCityHasThePointOfItsZipCodesInEachStateThatHasIt() {
        // Waitsfield, Vermont: a New England town GeoNames keeps as a division, one ZIP code of its own
        double[] at = postal.points("Waitsfield").get("VT");
        assertThat(at).isNotNull();
        assertThat(at[0]).isCloseTo(44.19, org.assertj.core.data.Offset.offset(0.05));
        assertThat(at[1]).isCloseTo(-72.83, org.assertj.core.data.Offset.offset(0.05));
        assertThat(postal.points("Pittsburgh")).containsKey("PA");
        assertThat(postal.points("Nowhere Such Town")).isEmpty();
        assertThat(postal.points(null)).isEmpty();
    }

    @Test
    void theShortFormsOfMountAndFortAreOneWithTheLongOnes() {
        assertThat(PostalTowns.key("Mount Vernon")).isEqualTo(PostalTowns.key("Mt. Vernon")).isEqualTo("mtvernon");
        assertThat(PostalTowns.key("Fort Worth")).isEqualTo(PostalTowns.key("Ft Worth")).isEqualTo("ftworth");
        assertThat(PostalTowns.key("Fortville")).isEqualTo("fortville");
    }
}

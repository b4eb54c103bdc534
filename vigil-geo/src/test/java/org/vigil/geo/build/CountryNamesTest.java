package org.vigil.geo.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryNamesTest {

    @Test
    void dropsTheInnerArticle() {
        assertThat(CountryNames.variants("Republic of the Congo"))
                .containsExactly("Republic of the Congo", "Republic of Congo");
    }

    @Test
    void undoesListStyleInversion() {
        assertThat(CountryNames.variants("Korea, Republic of")).containsExactly("Korea, Republic of",
                "Republic of Korea");
        assertThat(CountryNames.variants("Virgin Islands, U.S.")).contains("U.S. Virgin Islands");
        assertThat(CountryNames.variants("Congo, the Democratic Republic of the")).containsExactly(
                "Congo, the Democratic Republic of the", "the Democratic Republic of the Congo",
                "the Democratic Republic of Congo");
    }

    @Test
    void leavesOtherCommasAndPlainNamesAlone() {
        assertThat(CountryNames.variants("Saint Helena, Ascension and Tristan da Cunha")).hasSize(1);
        assertThat(CountryNames.variants("Nation of Brunei, Abode of Peace")).hasSize(1);
        assertThat(CountryNames.variants("Mali")).containsExactly("Mali");
    }
}

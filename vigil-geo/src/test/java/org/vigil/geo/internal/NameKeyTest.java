package org.vigil.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bamakó|bamako", "BAMAKO|bamako", "Bamakɔ|bamako", "Port-au-Prince|portauprince",
        "Port au Prince|portauprince", "Sana'a|sanaa", "Sana’a|sanaa", "Nukuʻalofa|nukualofa",
        "Washington, D.C.|washingtondc", "Straße|strasse", "Łódź|lodz", "Tromsø|tromso", "Þingvellir|thingvellir",
        "Ségou|segou", "İstanbul|istanbul", "U.S.|us",
    })
    void foldsToLowerCaseAsciiWithoutPunctuation(String name, String key) {
        assertThat(NameKey.fold(name)).isEqualTo(key);
    }

    @Test
    void nonLatinAndEmptyNamesHaveNoKey() {
        assertThat(NameKey.fold("Бамако")).isEmpty();
        assertThat(NameKey.fold("バマコ")).isEmpty();
        assertThat(NameKey.fold("Bamako Бамако")).isEmpty();
        assertThat(NameKey.fold("-- '")).isEmpty();
        assertThat(NameKey.fold(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Borno State|Borno", "Sindh Province|Sindh", "Maidan Wardak Province|Maidan Wardak",
        "Province of Sindh|Sindh", "Tombouctou Region|Tombouctou", "Kyiv Oblast|Kyiv", "Sindh|Sindh",
        "State|State", "Delta|Delta", "Damascus Governorate|Damascus",
    })
    void stripsOneAdministrativeAffix(String name, String stripped) {
        assertThat(NameKey.stripAdminAffix(name)).isEqualTo(stripped);
    }

    @Test
    void codeLikeAlternateNamesAreRecognised() {
        assertThat(NameKey.looksLikeCode("BKO")).isTrue();
        assertThat(NameKey.looksLikeCode("GABS")).isTrue();
        assertThat(NameKey.looksLikeCode("75001")).isTrue();
        assertThat(NameKey.looksLikeCode("Paris 01")).isTrue();
        assertThat(NameKey.looksLikeCode("Bamako")).isFalse();
        assertThat(NameKey.looksLikeCode("Gao")).isFalse();
    }

    @Test
    void leadingTheIsStripped() {
        assertThat(NameKey.stripLeadingThe("the United States")).isEqualTo("United States");
        assertThat(NameKey.stripLeadingThe("The Gambia")).isEqualTo("Gambia");
        assertThat(NameKey.stripLeadingThe("Thebes")).isEqualTo("Thebes");
        assertThat(NameKey.stripLeadingThe("the")).isEqualTo("the");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sacramento County|sacramento", "Sacramento|sacramento", "Orleans Parish|orleans",
        "Kodiak Island Borough|kodiakisland", "Valdez-Cordova Census Area|valdezcordova",
        "St. Mary's Parish|saintmarys", "Saint Marys|saintmarys", "Ste. Genevieve County|saintegenevieve",
        "Stanislaus|stanislaus", "County|county", "Doña Ana County|donaana",
    })
    void countyKeysDropTheAffixAndSpellOutSaint(String name, String key) {
        assertThat(NameKey.countyKey(name)).isEqualTo(key);
    }
}

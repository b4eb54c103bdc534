package org.vigil.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;

class PersonsTest {
  @Test
  void fullNamesAreKeyedByFirstAndLastWord() {
    assertThat(Persons.of("Vincent Pizzolato, 44, was putting the gun away when it fired. The boy, Kevin J. Barbee, "
        + "was hit."))
        .containsExactly("vincent_pizzolato", "kevin_barbee");
  }

  @Test
  void officialsAfterARankOrOfficeAreLeftOut() {
    assertThat(Persons.of("The weapon was sent to the lab, Capt. Michael Flick said. Police Chief Eddie Johnson "
        + "spoke. Officer John Doe arrived.")).isEmpty();
  }

  @Test
  void streetsInstitutionsAndTitleCaseWordsAreNotPeople() {
    assertThat(Persons.of("Police responded to Partridge Drive near Jackson Memorial after the shooting. "
        + "Weekend Shootings leave two hurt; the weekend was violent.")).isEmpty();
  }

  @Test
  void aNameBeforeAnInstitutionWordIsTheInstitutions() {
    assertThat(Persons.of("A boy was shot and went to Grace Valley Hospital. Another was taken to Harbor Point "
        + "Medical Center, and Mary Poe died there.")).containsExactly("mary_poe");
  }

  @Test
  void aRunEndingWithAnOfficeIsNoPerson() {
    assertThat(Persons.of("The Jacksonville Sheriff spoke, and Missouri Gov. Jay Nixon said Lee Ann Smith was hit."))
        .containsExactly("lee_smith");
  }

  @Test
  void relatedVideoLinesArePageFurniture() {
    assertThat(Persons.of("Lee Ann Smith, 30, was shot.\n2:21 Jane Roe sentencing\n"
        + "At 4:16 p.m. Tom Jones called. Police said.\" 1:02 Five things to know about Westfield Oaks shooting"))
        .containsExactly("lee_smith", "tom_jones");
  }

  @Test
  void pageButtonsAreNoNames() {
    assertThat(Persons.of("Four men were wounded. View Full Caption Shutterstock. Stay Up To Date. Whenever Ann "
        + "Lee posts new content, you get an email. Tom Jones was hurt.")).containsExactly("ann_lee", "tom_jones");
  }

  @Test
  void carsUnitsAndOutletsAreNoNames() {
    assertThat(Persons.of("A Dodge Charger fled. The Homicide Unit and the Detroit Free Press reported that "
        + "Public Safety and Your Side staff met Tom Jones at Maryland Shock Trauma Center."))
        .containsExactly("tom_jones");
  }

  @Test
  void creditsAndBylinesAreNoNames() {
    assertThat(Persons.of("By Alex Roe\nThe boy was shot by Tom Jones. View Full Caption DNAinfo/Jane Doe. "
        + "Photo: Ann Lee. The Staff Writer was there."))
        .containsExactly("tom_jones");
  }

  @Test
  void twoReportsNamingTheSameRarePersonShareIt() {
    Set<String> a = Persons.of("Vincent Pizzolato, 44, was charged.");
    Set<String> b = Persons.of("A father, Vincent Pizzolato, shot his son.");
    Idf idf = t -> t.equals("\0") ? 9.0 : 8.0; // every name rarer than 25 reports
    MatchScorer scorer = new MatchScorer(MergeOptions.defaults(), Gazetteer.loadBundled());
    assertThat(scorer.sharedRare(a, b, idf)).isEqualTo(1);
    Idf common = t -> t.equals("\0") ? 9.0 : 1.0;
    assertThat(scorer.sharedRare(a, b, common)).isZero();
  }
}

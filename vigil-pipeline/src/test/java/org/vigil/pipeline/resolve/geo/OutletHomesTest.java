package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OutletHomes}: votes, leave-one-out, thresholds, ties, the file. */
class OutletHomesTest {
  private static final long WICHITA = 4281730;
  private static final long TOPEKA = 4280539;
  /** Ids of no town in particular. */
  private static final long OTHER = 1;

  private static OutletHomes.Vote vote(String host, String doc, long town) {
    String name = town == WICHITA ? "Wichita" : town == TOPEKA ? "Topeka" : "Other";
    return new OutletHomes.Vote(host, doc, town, name, "Kansas", "US");
  }

  private static List<OutletHomes.Vote> votes(String host, long town, int n, int from) {
    List<OutletHomes.Vote> out = new ArrayList<>();
    for (int i = from; i < from + n; i++) {
      out.add(vote(host, "d" + i, town));
    }
    return out;
  }

  @Test
  void theHomeIsTheTownOfHalfOrMoreOfTwoOrMoreOtherPages() {
    List<OutletHomes.Vote> v = new ArrayList<>(votes("kxyz", WICHITA, 2, 0));
    v.addAll(votes("kxyz", TOPEKA, 1, 2));
    OutletHomes homes = OutletHomes.of(v);
    // two thirds of the votes
    assertThat(homes.home("kxyz", "new").orElseThrow().geonameId()).isEqualTo(WICHITA);
    assertThat(homes.home("kxyz", "new").map(OutletHomes.Vote::name)).hasValue("Wichita");
    // another outlet knows nothing of it
    assertThat(homes.home("kabc", "new")).isEmpty();
    // one other page is too few
    assertThat(OutletHomes.of(votes("kxyz", WICHITA, 1, 0)).home("kxyz", "new")).isEmpty();
  }

  @Test
  void aPageNeverCountsItsOwnVote() {
    OutletHomes homes = OutletHomes.of(votes("kxyz", WICHITA, 2, 0));
    assertThat(homes.home("kxyz", "d9")).isPresent();
    // without its own vote only one other page is left: too few
    assertThat(homes.home("kxyz", "d0")).isEmpty();
    // Wichita 2, Topeka 1: the Topeka page's own vote aside, Wichita has all; a Wichita page's aside, a tie
    List<OutletHomes.Vote> v = new ArrayList<>(votes("kxyz", WICHITA, 2, 0));
    v.addAll(votes("kxyz", TOPEKA, 1, 2));
    assertThat(OutletHomes.of(v).home("kxyz", "d2").map(OutletHomes.Vote::name)).hasValue("Wichita");
    assertThat(OutletHomes.of(v).home("kxyz", "d0")).isEmpty();
  }

  @Test
  void aPageThatNamesNoTownTakesTheHomeOfOneOtherPagesVote() {
    OutletHomes one = OutletHomes.of(votes("kxyz", WICHITA, 1, 0));
    assertThat(one.soleHome("kxyz", "new").map(OutletHomes.Vote::name)).hasValue("Wichita");
    // still never the page's own vote, nor a tie
    assertThat(one.soleHome("kxyz", "d0")).isEmpty();
    List<OutletHomes.Vote> v = new ArrayList<>(votes("kxyz", WICHITA, 1, 0));
    v.addAll(votes("kxyz", TOPEKA, 1, 1));
    assertThat(OutletHomes.of(v).soleHome("kxyz", "new")).isEmpty();
  }

  @Test
  void noHomeUnderTheShareOrOnATie() {
    List<OutletHomes.Vote> v = new ArrayList<>(votes("kxyz", WICHITA, 2, 0));
    v.addAll(votes("kxyz", TOPEKA, 2, 2));
    assertThat(OutletHomes.of(v).home("kxyz", "new")).isEmpty();
    List<OutletHomes.Vote> w = new ArrayList<>(votes("kxyz", WICHITA, 2, 0));
    w.addAll(votes("kxyz", TOPEKA, 1, 2));
    w.add(vote("kxyz", "d3", OTHER));
    w.add(vote("kxyz", "d4", OTHER + 1));
    // two of five: under half
    assertThat(OutletHomes.of(w).home("kxyz", "new")).isEmpty();
  }

  @Test
  void theVotesSurviveTheFile(@TempDir Path dir) throws Exception {
    OutletHomes homes = OutletHomes.of(votes("kxyz", WICHITA, 3, 0));
    Path f = dir.resolve("homes.tsv");
    homes.write(f);
    OutletHomes read = OutletHomes.read(f);
    assertThat(read.size()).isEqualTo(3);
    assertThat(read.hosts()).isEqualTo(1);
    assertThat(read.home("kxyz", "new")).isEqualTo(homes.home("kxyz", "new"));
    Files.writeString(f, "not a homes file\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutletHomes.read(f))
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void theFileListsTheHostsInTheOrderTheyFirstVoted(@TempDir Path dir) throws Exception {
    List<String> hosts = List.of("wxyz", "kabc", "ktul", "wfaa", "kxyz", "wral", "kake", "wsbtv", "kctv", "wpxi");
    List<OutletHomes.Vote> v = new ArrayList<>();
    for (int i = 0; i < hosts.size(); i++) {
      v.add(vote(hosts.get(i), "d" + i, WICHITA));
    }
    v.add(vote("wxyz", "d10", TOPEKA));
    Path f = dir.resolve("homes.tsv");
    OutletHomes.of(v).write(f);
    assertThat(Files.readAllLines(f).stream().skip(1).map(l -> l.split("\t")[0]).distinct().toList())
        .isEqualTo(hosts);
  }

  @Test
  void aMissingFileOrABadLineIsAClearError(@TempDir Path dir) throws Exception {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutletHomes.read(dir.resolve("none.tsv")))
        .isInstanceOf(java.io.IOException.class).hasMessageContaining("no such outlet homes file");
    Path f = dir.resolve("homes.tsv");
    OutletHomes.of(votes("kxyz", WICHITA, 1, 0)).write(f);
    Files.writeString(f, "kxyz\td9\tWichita\tWichita\tKansas\tUS\n", java.nio.file.StandardOpenOption.APPEND);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutletHomes.read(f))
        .isInstanceOf(java.io.IOException.class).hasMessageContaining("line 3: geoname_id is no number: Wichita");
  }

  @Test
  void theStateIsTheDivisionOfHalfOrMoreOfTwoOrMoreOtherPagesWhateverTheirTowns() {
    // Wichita 1, Topeka 1, two other Kansas towns: no town has half the votes, Kansas has them all
    List<OutletHomes.Vote> v = new ArrayList<>(votes("kxyz", WICHITA, 1, 0));
    v.addAll(votes("kxyz", TOPEKA, 1, 1));
    v.add(vote("kxyz", "d2", OTHER));
    v.add(vote("kxyz", "d3", OTHER + 1));
    OutletHomes homes = OutletHomes.of(v);
    assertThat(homes.home("kxyz", "new")).isEmpty();
    assertThat(homes.state("kxyz", "new")).hasValue("Kansas");
    // the page's own vote never counts, and one other page is too few
    assertThat(OutletHomes.of(votes("kxyz", WICHITA, 2, 0)).state("kxyz", "d0")).isEmpty();
    // a division of under half the votes is none
    List<OutletHomes.Vote> w = new ArrayList<>(votes("kxyz", WICHITA, 1, 0));
    w.add(new OutletHomes.Vote("kxyz", "d5", OTHER, "Other", "Missouri", "US"));
    w.add(new OutletHomes.Vote("kxyz", "d6", OTHER + 1, "Other", "Nebraska", "US"));
    assertThat(OutletHomes.of(w).state("kxyz", "new")).isEmpty();
  }

  @Test
  void anOutletsHostKeepsItsDigitsSoStationsOfOneNetworkAreApart() {
    // a channel's number tells two cities' stations apart: by their letters alone they were one outlet
    assertThat(OutletHomes.host("http://web.archive.org/web/2016/http://www.4kxyz.com:80/story/1")).isEqualTo("4kxyz");
    assertThat(OutletHomes.host("https://kxyz12.com/news/1")).isEqualTo("kxyz12");
    assertThat(OutletHomes.host(null)).isEmpty();
  }
}

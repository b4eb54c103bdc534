package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class Muc4TrainCommandTest {
  @Test
  void writesALexiconARelevanceModelAndVictimNamesThatLoad(@TempDir Path dir) throws Exception {
    String withTemplate = "{\"id\": \"A\", \"raw_text\": \"LIMA, 3 JAN 90 -- [TEXT] THE FMLN BOMBED A BANK.\", "
        + "\"templates\": [{\"incident_type\": \"bombing\", \"PerpInd\": [], \"PerpOrg\": [[[\"FMLN\", 4]]], "
        + "\"Target\": [[[\"BANK\", 20]]], \"Victim\": [], \"Weapon\": []}]}";
    String without = "{\"id\": \"B\", \"raw_text\": \"LIMA, 3 JAN 90 -- [TEXT] THE FMLN SPOKE.\", \"templates\": []}";
    Path data = dir.resolve("train.jsonl");
    Files.writeString(data, (withTemplate + "\n").repeat(3) + without + "\n");
    Path out = dir.resolve("models");
    int code = new CommandLine(new Muc4TrainCommand()).execute("--data", data.toString(), "--out", out.toString());
    assertThat(code).isZero();
    assertThat(RoleLexicon.read(out.resolve(RoleLexicon.RESOURCE)).size()).isPositive();
    assertThat(Relevance.read(out.resolve(Relevance.RESOURCE)).size()).isPositive();
    assertThat(VictimNames.read(out.resolve(VictimNames.RESOURCE)).size()).isZero();
  }
}

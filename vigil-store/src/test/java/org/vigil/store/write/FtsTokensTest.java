package org.vigil.store.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FtsTokensTest {
  @Test
  void stemsByPorter() {
    assertThat(FtsTokens.stem("caresses")).isEqualTo("caress");
    assertThat(FtsTokens.stem("ponies")).isEqualTo("poni");
    assertThat(FtsTokens.stem("shooting")).isEqualTo("shoot");
    assertThat(FtsTokens.stem("hopping")).isEqualTo("hop");
    assertThat(FtsTokens.stem("hoping")).isEqualTo("hope");
    assertThat(FtsTokens.stem("killed")).isEqualTo("kill");
    assertThat(FtsTokens.stem("happy")).isEqualTo("happi");
    assertThat(FtsTokens.stem("relational")).isEqualTo("relat");
    assertThat(FtsTokens.stem("generalization")).isEqualTo("gener");
    assertThat(FtsTokens.stem("is")).isEqualTo("is");
  }

  @Test
  void splitsFoldsAndStemsLikeUnicode61() {
    assertThat(FtsTokens.of("Police said José's brother—shot twice—was 23."))
        .containsExactly("polic", "said", "jose", "s", "brother", "shot", "twice", "wa", "23");
    assertThat(FtsTokens.word("Shootings")).isEqualTo("shoot");
    assertThat(FtsTokens.word("o'brien")).isNull(); // two terms: the query goes to FTS5
  }

  /** The Java tokens of each text are exactly the terms SQLite's FTS5 (porter unicode61) indexes for it. */
  @Test
  void sameTermsAsFts5() throws Exception {
    List<String> texts = List.of(
        "Gunman kills three at Joe's Bar & Grill on Main Street; suspects fled",
        "Two men were wounded in a drive-by shooting Tuesday night, authorities say",
        "Crème brûlée café in Zürich: Ørsted, Łódź, naïve coöperation, résumé",
        "Relational generalization hopefulness conditional allowances sensibilities",
        "agreed feed bled motoring sing conflated troubled sized hopping tanned falling hissing fizzed failing "
            + "filing happy sky formaliti sensitiviti sensibiliti triplicate formative formalize electriciti "
            + "electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible "
            + "irritant replacement adjustment dependent adoption homologou communism activate angulariti "
            + "homologous effective bowdlerize probate rate cease controll roll logi archaeology analogous",
        "Nº 5, ½ mile, ² squared, x² and 3rd, 1990s, 9mm, AR-15, co-operate, U.S.-based, e-mail, I’m, don’t");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
      s.execute("CREATE VIRTUAL TABLE f USING fts5(t, content='', contentless_delete=1, detail=none, "
          + "tokenize='porter unicode61')");
      s.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO f (rowid, t) VALUES (?, ?)")) {
        for (int i = 0; i < texts.size(); i++) {
          ps.setInt(1, i + 1);
          ps.setString(2, texts.get(i));
          ps.executeUpdate();
        }
      }
      Map<Integer, Set<String>> fts = new HashMap<>();
      try (ResultSet rs = s.executeQuery("SELECT doc, term FROM v")) {
        while (rs.next()) {
          fts.computeIfAbsent(rs.getInt(1), k -> new HashSet<>()).add(rs.getString(2));
        }
      }
      for (int i = 0; i < texts.size(); i++) {
        assertThat(new HashSet<>(FtsTokens.of(texts.get(i)))).as(texts.get(i)).isEqualTo(fts.get(i + 1));
      }
    }
  }
}

package org.vigil.store.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.vigil.model.ArticleMeta;
import org.vigil.model.Evidence;
import org.vigil.model.Extraction;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.model.IncidentPlace;
import org.vigil.model.IncidentTime;
import org.vigil.model.IncidentType;
import org.vigil.model.Outcome;
import org.vigil.model.Provenance;
import org.vigil.model.Qualifier;
import org.vigil.model.Span;
import org.vigil.model.Status;
import org.vigil.model.TimePrecision;
import org.vigil.model.TypeAssignment;
import org.vigil.store.ArticleInput;
import org.vigil.ingest.Hashes;

/**
 * Deterministic synthetic articles for the store benchmark: incidents spread over ten years and 2,000 towns, each
 * reported by one to three articles (a second or third report has the same names, a date within a day, and a rising
 * toll), with a few words drawn from a Zipf-distributed vocabulary so that full text and IDF behave like news.
 */
public final class Synthetic {
  private static final LocalDate START = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 3650;
  private static final Provenance PROVENANCE = new Provenance("vigil-bench", List.of());
  private static final IncidentType[] TYPES = {IncidentType.ARMED_ASSAULT, IncidentType.BOMBING,
      IncidentType.KIDNAPPING, IncidentType.ARMED_CLASH, IncidentType.SUICIDE_BOMBING};

  private final Random random;
  private final double[][] towns;
  private final String[] vocabulary;

  /** Towns, vocabulary and incidents all from {@code seed}. */
  public Synthetic(long seed) {
    this(seed, seed);
  }

  /**
   * @param seed the towns and the vocabulary
   * @param stream the sequence of incidents and queries (another stream gives other incidents in the same towns)
   */
  public Synthetic(long seed, long stream) {
    this.random = new Random(seed);
    this.towns = new double[2000][];
    for (int i = 0; i < towns.length; i++) {
      towns[i] = new double[] {-35 + random.nextDouble() * 95, -120 + random.nextDouble() * 260};
    }
    this.vocabulary = new String[20_000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = word(i);
    }
    random.setSeed(stream);
  }

  /** The articles reporting the next synthetic incident (one to three), with ids {@code n-…}. */
  public List<ArticleInput> nextIncident(long n) {
    int town = random.nextInt(towns.length);
    double lat = towns[town][0] + random.nextGaussian() * 0.02;
    double lon = towns[town][1] + random.nextGaussian() * 0.02;
    LocalDate day = START.plusDays(random.nextInt(DAYS));
    IncidentType type = TYPES[random.nextInt(TYPES.length)];
    StringBuilder words = new StringBuilder();
    // a victim's name and a street (unique to the incident), and ten words of a Zipf vocabulary, a third of them
    // capitalised like the names of places and groups
    words.append("gunmen shot Name").append(word(n)).append(" on Street").append(word(n * 7 + 3));
    for (int i = 0; i < 10; i++) {
      int w = (int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(vocabulary.length, random.nextDouble())));
      String v = vocabulary[w];
      words.append(' ').append(w % 3 == 0 ? Character.toUpperCase(v.charAt(0)) + v.substring(1) : v);
    }
    int reports = 1 + (random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0);
    int killed = random.nextInt(20);
    List<ArticleInput> out = new ArrayList<>();
    for (int r = 0; r < reports; r++) {
      LocalDate published = day.plusDays(r + random.nextInt(2));
      String title = type.label().replace('_', ' ') + " in town " + town + " kills " + (killed + r);
      String text = title + ". " + words;
      String id = n + "-" + r;
      Span all = new Span(0, text.length());
      Evidence ev = new Evidence(new Span(0, 5), text.substring(0, 5), all);
      Incident inc = new Incident(id + "#1", Status.MAIN, List.of(new TypeAssignment(type, ev)),
          new IncidentTime(day, day, TimePrecision.DAY, "on " + day, published, "explicit", ev),
          new IncidentPlace("town " + town, null, null, "town " + town, (long) town, lat, lon, null, "ZZ", "PPL", 1,
              ev),
          List.of(), null, List.of(), List.of(), List.of(), List.of(),
          List.of(new Figure(FigureKind.KILLED, killed + r, killed + r, killed + r, Qualifier.EXACT,
              String.valueOf(killed + r), "bench", ev)),
          List.of(), List.of(), List.of(all), PROVENANCE);
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      String hash = Hashes.sha256(bytes);
      ArticleMeta meta = new ArticleMeta(id, null, title, published, "given", null, "en", text.length(), hash);
      Extraction ex = new Extraction(meta, List.of(inc), List.of(), List.of(), PROVENANCE);
      out.add(new ArticleInput(id, hash, "http://bench.example/" + id, title, published,
          new Outcome.Extracted(id, ex), text));
    }
    return out;
  }

  /** A random box of about {@code km} on a side and a {@code days}-day range: {minLon, minLat, maxLon, maxLat}. */
  public Object[] nextQuery(double km, int days) {
    double[] t = towns[random.nextInt(towns.length)];
    double dLat = km / 111.195 / 2;
    double dLon = dLat / Math.cos(Math.toRadians(t[0]));
    LocalDate from = START.plusDays(random.nextInt(DAYS - days));
    return new Object[] {new double[] {t[1] - dLon, t[0] - dLat, t[1] + dLon, t[0] + dLat}, from,
        from.plusDays(days - 1)};
  }

  private static String word(long i) {
    StringBuilder b = new StringBuilder("w");
    long x = Math.abs(i);
    do {
      b.append((char) ('a' + x % 26));
      x /= 26;
    } while (x > 0);
    return b.append("x").toString();
  }
}

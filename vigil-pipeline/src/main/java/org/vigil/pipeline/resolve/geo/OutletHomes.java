package org.vigil.pipeline.resolve.geo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.model.Extraction;
import org.vigil.model.Incident;
import org.vigil.model.IncidentPlace;
import org.vigil.model.Outcome;
import org.vigil.model.Status;

/**
 * The home towns of outlets, learned from the outlets' own pages in a batch: a local outlet reports mostly local
 * incidents, so the towns Vigil firmly reads on an outlet's pages vote for the town it serves. Learned from the
 * texts alone (extraction records), never from gold; a weak clue for {@link Outlet} where a page says nothing of its
 * own ("ksla.com", "6abc.com": call signs and paper names that name no town).
 *
 * <p>A page's vote is its main incident's town when the text itself placed it there: a populated place of precision
 * 1 with the words that name it ({@link #vote}). A town the outlet's clues stand in for has precision 2 and does not
 * vote, and votes are learned from a pass without homes ({@link #NONE}), so a learned home never votes for itself. A
 * page never counts its own vote ({@link #home}): a store that learned from earlier pages would not have it either.
 *
 * <p>Immutable and thread-safe.
 */
public final class OutletHomes {
  /** No homes: every outlet is unknown. */
  public static final OutletHomes NONE = new OutletHomes(List.of());
  /**
   * The version of the rule {@link #host} files a page under: raise it whenever that rule changes, and the incident
   * stores file their votes again by the new rule when next opened (vigil-store's {@code OutletVoteHosts}). 2: a host
   * keeps its digits (session 21).
   */
  public static final int HOST_RULE = 2;
  /** The fewest other pages' votes that can make a home. */
  static final int MIN_VOTES = 2;
  /**
   * The fewest other pages' votes that can make a home for a page that names no town of its own ({@link #soleHome}):
   * there the home is the page's only clue, not one weighed against a town the text names.
   */
  static final int MIN_VOTES_PLACELESS = 1;
  /** The share of the other pages' votes the home must have. */
  static final double MIN_SHARE = 0.5;

  /**
   * One page's vote: the town its text placed its main incident in.
   *
   * @param host the page's host ({@link #host}: letters and digits, without "www", the top-level domain and an
   *     archive's prefix)
   * @param docId the page's id
   * @param geonameId the town's gazetteer id
   * @param name the town's name, for people reading the file
   * @param admin1 the town's first-level division
   * @param countryCode the town's country
   */
  public record Vote(String host, String docId, long geonameId, String name, String admin1, String countryCode) {}

  private final Map<String, List<Vote>> byHost;
  private final int size;

  private OutletHomes(List<Vote> votes) {
    Map<String, List<Vote>> m = new LinkedHashMap<>();
    for (Vote v : votes) {
      m.computeIfAbsent(v.host(), h -> new ArrayList<>()).add(v);
    }
    m.replaceAll((h, l) -> List.copyOf(l));
    // in the order the hosts first voted, so that write() writes the same file for the same votes (Map.copyOf's
    // iteration order changes from one JVM to the next)
    this.byHost = java.util.Collections.unmodifiableMap(m);
    this.size = votes.size();
  }

  /** Homes from these votes. */
  public static OutletHomes of(List<Vote> votes) {
    return votes.isEmpty() ? NONE : new OutletHomes(votes);
  }

  /** Homes from the votes of these outcomes' extractions ({@link #vote}); skips and rejections have none. */
  public static OutletHomes learn(Iterable<Outcome> outcomes) {
    List<Vote> votes = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (o instanceof Outcome.Extracted e) {
        vote(e.extraction()).ifPresent(votes::add);
      }
    }
    return of(votes);
  }

  /**
   * The host a page's votes and home are filed under: its host's letters and digits, lower-cased, without "www", the
   * top-level domain and an archive's prefix ({@link Outlet#rawHost}); "" for a page without a URL, which has
   * neither. The digits stay: a call sign's channel tells stations apart ("6abc.com", "abc7.com" and "abc13.com" are
   * three cities' stations; by their letters alone, one outlet with no home).
   */
  public static String host(String url) {
    return url == null ? "" : Outlet.letters(Outlet.rawHost(url), true);
  }

  /**
   * The vote of one extraction: its main incident's town, when the text named it there (a populated place at
   * precision 1 with evidence) and the page has a host; else empty.
   */
  public static Optional<Vote> vote(Extraction e) {
    String host = host(e.article().url());
    for (Incident i : e.incidents()) {
      if (i.status() != Status.MAIN) {
        continue;
      }
      IncidentPlace p = i.place();
      if (host.isEmpty() || p == null || p.precision() != 1 || p.evidence() == null || p.geonameId() == null
          || p.featureCode() == null || !p.featureCode().startsWith("PPL")) {
        return Optional.empty();
      }
      return Optional.of(new Vote(host, e.article().id(), p.geonameId(), p.resolvedName(), p.admin1(),
          p.countryCode()));
    }
    return Optional.empty();
  }

  /**
   * The outlet's home as a page of it would learn it from the outlet's other pages: the town with at least
   * {@value #MIN_SHARE} of their votes, and at least {@value #MIN_VOTES} other pages voting. The page's own vote never
   * counts. Empty when the outlet is unknown, too few pages voted, or no town has the share (a tie included).
   */
  public Optional<Vote> home(String host, String docId) {
    return majority(host, docId, Vote::geonameId, MIN_VOTES);
  }

  /**
   * The outlet's home for a page whose text names no town at all: as {@link #home}, but one other page's vote is
   * enough ({@value #MIN_VOTES_PLACELESS}). Such a page has no place otherwise, so a lone vote can only fill a gap;
   * where a page names a town, weighing it against a namesake ({@link Outlet}) keeps the stricter {@link #home}
   * (session 19: a lone vote there moved a right town to another state's namesake).
   */
  public Optional<Vote> soleHome(String host, String docId) {
    return majority(host, docId, Vote::geonameId, MIN_VOTES_PLACELESS);
  }

  /**
   * The outlet's state as a page of it would learn it, as {@link #home} learns its town: the first-level division
   * with at least {@value #MIN_SHARE} of the other pages' votes, {@value #MIN_VOTES} or more voting. A local outlet's
   * towns vary more than its state (an Orlando station's pages vote for Orlando, Sanford, Apopka and more towns, all
   * Florida's). Empty when the outlet is unknown, too few pages voted, or no division has the share.
   */
  public Optional<String> state(String host, String docId) {
    return majority(host, docId, v -> v.countryCode() + "\t" + v.admin1(), MIN_VOTES).map(Vote::admin1);
  }

  /** The first vote of the key that has the share of at least {@code min} other pages' votes, as {@link #home} says. */
  private Optional<Vote> majority(String host, String docId, java.util.function.Function<Vote, Object> key,
      int min) {
    List<Vote> votes = byHost.getOrDefault(host, List.of());
    Map<Object, Integer> counts = new HashMap<>();
    Map<Object, Vote> first = new HashMap<>();
    int total = 0;
    for (Vote v : votes) {
      if (!v.docId().equals(docId)) {
        Object k = key.apply(v);
        counts.merge(k, 1, Integer::sum);
        first.putIfAbsent(k, v);
        total++;
      }
    }
    if (total < min) {
      return Optional.empty();
    }
    Object best = null;
    int most = 0;
    boolean tie = false;
    for (Map.Entry<Object, Integer> c : counts.entrySet()) {
      if (c.getValue() > most) {
        best = c.getKey();
        most = c.getValue();
        tie = false;
      } else if (c.getValue() == most) {
        tie = true;
      }
    }
    return tie || most < MIN_SHARE * total ? Optional.empty() : Optional.of(first.get(best));
  }

  /**
   * Whether knowing the homes may change this extraction's place: its outlet has a state for it ({@link #state}; a
   * home's state is one, {@link #home}) and its main incident has no place or one outside that state, or its main
   * incident has no place and the outlet a home for such a page ({@link #soleHome}). A batch re-extracts only such
   * pages.
   */
  public boolean reaches(Extraction e) {
    String host = host(e.article().url());
    Optional<String> state = state(host, e.article().id());
    for (Incident i : e.incidents()) {
      if (i.status() == Status.MAIN) {
        return i.place() == null ? state.isPresent() || soleHome(host, e.article().id()).isPresent()
            : state.isPresent() && !state.get().equals(i.place().admin1());
      }
    }
    return false;
  }

  /** The host's votes, in the order they were given; empty for an unknown host. */
  public List<Vote> votes(String host) {
    return byHost.getOrDefault(host, List.of());
  }

  /** The number of votes. */
  public int size() {
    return size;
  }

  /** The number of hosts with a vote. */
  public int hosts() {
    return byHost.size();
  }

  private static final String HEADER = "host\tdoc_id\tgeoname_id\tname\tadmin1\tcountry_code";

  /** Writes the votes as tab-separated lines with a header: host by host, in the order each host first voted. */
  public void write(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.newLine();
      for (List<Vote> votes : byHost.values()) {
        for (Vote v : votes) {
          w.write(String.join("\t", v.host(), v.docId(), Long.toString(v.geonameId()), clean(v.name()),
              clean(v.admin1()), clean(v.countryCode())));
          w.newLine();
        }
      }
    }
  }

  /** Reads votes {@link #write} wrote. */
  public static OutletHomes read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no such outlet homes file (vigil outlets writes one)");
    }
    List<Vote> votes = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      if (line == null || !line.equals(HEADER)) {
        throw new IOException(file + ": not an outlet homes file (header " + HEADER.replace('\t', ' ') + ")");
      }
      for (int n = 2; (line = r.readLine()) != null; n++) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
          throw new IOException(file + ": line " + n + " has " + f.length + " fields, not 6: " + line);
        }
        try {
          votes.add(new Vote(f[0], f[1], Long.parseLong(f[2]), f[3], f[4], f[5]));
        } catch (NumberFormatException e) {
          throw new IOException(file + ": line " + n + ": geoname_id is no number: " + f[2]);
        }
      }
    }
    return of(votes);
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
  }
}

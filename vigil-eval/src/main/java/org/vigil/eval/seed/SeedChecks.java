package org.vigil.eval.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigil.geo.Geo;
import org.vigil.model.ActorKind;
import org.vigil.model.Attribution;
import org.vigil.model.Extraction;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.model.Quote;
import org.vigil.model.Span;
import org.vigil.model.Status;
import org.vigil.model.TypeAssignment;

/**
 * Checks an extraction of the seed article against the analyst's expectations ({@code kangaba.expected.json}): the
 * main incident's fields, the background incidents that must stay apart from it, and the listed mistakes. Structured
 * points are read from the file; the prose "must not" points are recognised by their wording, and one that no rule
 * recognises is reported as failed ("no check for this point") rather than silently passed. Stateless.
 */
public final class SeedChecks {
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");

  private SeedChecks() {}

  /**
   * @param x the extraction
   * @param text the cleaned article text the extraction's spans refer to
   * @param expected the expectations
   */
  public static List<Check> check(Extraction x, String text, JsonNode expected) {
    List<Check> out = new ArrayList<>();
    List<Incident> mains = x.incidents().stream().filter(i -> i.status() == Status.MAIN).toList();
    out.add(new Check("main", "exactly one main incident", mains.size() == 1, mains.size() + " main"));
    Incident main = x.main();
    JsonNode m = expected.path("main_incident");
    if (main == null) {
      out.add(new Check("main_incident", "a main incident", false, "none"));
      return out;
    }
    mainChecks(out, main, m);
    JsonNode bg = expected.path("background_incidents_not_to_merge");
    for (int i = 0; i < bg.size(); i++) {
      backgroundChecks(out, "background[" + i + "]", x, main, text, bg.get(i));
    }
    JsonNode mustNot = expected.path("must_not");
    for (int i = 0; i < mustNot.size(); i++) {
      out.add(mustNot("must_not[" + i + "]", x, main, mustNot.get(i).asText()));
    }
    JsonNode earlier = expected.path("statements_about_earlier_incidents");
    for (int i = 0; i < earlier.size(); i++) {
      JsonNode s = earlier.get(i);
      String point = "earlier_statement[" + i + "]";
      out.add(notInMain(point + ".text", main, text, s.path("text").asText()));
      String speaker = s.path("speaker").asText().split(",")[0].strip();
      List<String> inMain = main.quotes().stream().map(Quote::speaker).filter(Objects::nonNull)
          .filter(sp -> sp.equalsIgnoreCase(speaker)).toList();
      out.add(new Check(point + ".speaker", "no quote of " + speaker + " in the main incident", inMain.isEmpty(),
          inMain.size() + " in main"));
    }
    return out;
  }

  private static void mainChecks(List<Check> out, Incident main, JsonNode m) {
    for (JsonNode t : m.path("types")) {
      out.add(new Check("main.types", t.asText(), hasTypeLabel(main, t.asText()), types(main)));
    }
    if (m.has("date")) {
      String got = main.time() == null ? "none" : main.time().start() + ".." + main.time().end();
      LocalDate want = LocalDate.parse(m.get("date").asText());
      out.add(new Check("main.date", want.toString(), main.time() != null && want.equals(main.time().start())
          && want.equals(main.time().end()), got));
    }
    JsonNode p = m.path("place");
    var place = main.place();
    String[][] fields = {{"name", place == null ? null : place.name()},
        {"locality", place == null ? null : place.locality()}, {"near", place == null ? null : place.near()},
        {"country", place == null ? null : place.countryCode()}};
    for (String[] f : fields) {
      if (p.has(f[0])) {
        out.add(new Check("main.place." + f[0], p.get(f[0]).asText(), p.get(f[0]).asText().equals(f[1]),
            String.valueOf(f[1])));
      }
    }
    JsonNode within = p.path("within_km_of");
    if (!within.isMissingNode()) {
      double km = place == null || place.lat() == null ? Double.NaN
          : Geo.distanceKm(place.lat(), place.lon(), within.get("lat").asDouble(), within.get("lon").asDouble());
      out.add(new Check("main.place.within_km_of", "within " + within.get("km").asText() + " km of "
          + within.get("lat").asText() + "," + within.get("lon").asText(), km <= within.get("km").asDouble(),
          Double.isNaN(km) ? "no coordinates" : String.format(Locale.ROOT, "%.1f km", km)));
    }
    perpetratorChecks(out, main, m.path("perpetrators"));
    if (m.has("target")) {
      String want = m.get("target").asText();
      boolean ok = main.targets().stream().anyMatch(t -> t.description().toLowerCase(Locale.ROOT).contains("resort")
          || "Tourists".equals(t.category()) || "Business".equals(t.category()) && want.contains("hotel"));
      out.add(new Check("main.target", want, ok, main.targets().stream()
          .map(t -> t.description() + " [" + t.category() + "]").collect(Collectors.joining("; "))));
    }
    for (JsonNode w : m.path("weapons")) {
      boolean ok = main.weapons().stream().anyMatch(x -> x.type().name().equalsIgnoreCase(w.asText().replace(' ', '_'))
          || x.type().gtdText().equalsIgnoreCase(w.asText()));
      out.add(new Check("main.weapons", w.asText(), ok, main.weapons().stream().map(x -> x.type().name())
          .collect(Collectors.joining(", "))));
    }
    JsonNode v = m.path("victims");
    figure(out, "main.victims.killed", main, FigureKind.KILLED, v.get("killed"));
    figure(out, "main.victims.hostages_freed", main, FigureKind.HOSTAGES_FREED, v.get("hostages_freed"));
    for (JsonNode n : v.path("killed_nationalities_include")) {
      boolean ok = main.victims().stream().anyMatch(x -> x.description().contains(n.asText()));
      out.add(new Check("main.victims.nationalities", n.asText(), ok, main.victims().stream()
          .map(x -> x.description() + " " + x.nationalities()).collect(Collectors.joining("; "))));
    }
    for (JsonNode r : m.path("responders")) {
      boolean ok = main.responders().stream().anyMatch(x -> x.description().equalsIgnoreCase(r.asText()));
      out.add(new Check("main.responders", r.asText(), ok, main.responders().stream()
          .map(x -> x.description()).collect(Collectors.joining("; "))));
    }
    for (JsonNode s : m.path("sources_and_speakers")) {
      out.add(speakerCheck(main, s));
    }
  }

  private static void perpetratorChecks(List<Check> out, Incident main, JsonNode p) {
    if (p.isMissingNode()) {
      return;
    }
    String perps = main.perpetrators().stream().map(x -> x.description() + " [" + x.kind() + ", "
        + x.attribution() + ", ≤" + x.countHigh() + "]").collect(Collectors.joining("; "));
    if (p.has("description")) {
      String want = p.get("description").asText().replaceAll("\\s*\\(.*\\)", "").strip();
      out.add(new Check("main.perpetrators.description", want, main.perpetrators().stream()
          .anyMatch(x -> x.description().equalsIgnoreCase(want)), perps));
    }
    if (p.has("count_at_most")) {
      int want = p.get("count_at_most").asInt();
      out.add(new Check("main.perpetrators.count_at_most", String.valueOf(want), main.perpetrators().stream()
          .anyMatch(x -> x.countHigh() != null && x.countHigh() == want), perps));
    }
    if (p.has("claimed_by")) {
      JsonNode c = p.get("claimed_by");
      boolean claimedPerp = main.perpetrators().stream().anyMatch(x -> x.attribution() == Attribution.CLAIMED);
      boolean ok = c.isNull() ? !claimedPerp && !Boolean.TRUE.equals(main.claimed())
          : main.perpetrators().stream().anyMatch(x -> x.kind() == ActorKind.ORGANISATION
              && x.description().contains(c.asText()));
      out.add(new Check("main.perpetrators.claimed_by", c.isNull() ? "nobody" : c.asText(), ok,
          "claimed=" + main.claimed() + "; " + perps));
    }
    if (p.has("killed")) {
      figure(out, "main.perpetrators.killed", main, FigureKind.PERPETRATORS_KILLED, p.get("killed"));
    }
  }

  private static void figure(List<Check> out, String point, Incident i, FigureKind kind, JsonNode want) {
    if (want == null) {
      return;
    }
    Integer got = i.figure(kind);
    boolean ok = want.isNull() ? got == null : got != null && got == want.asInt();
    out.add(new Check(point, want.isNull() ? "not stated" : want.asText(), ok, String.valueOf(got)));
  }

  private static Check speakerCheck(Incident main, JsonNode s) {
    String speaker = s.path("speaker").asText();
    String point = "main.quotes[" + speaker + "]";
    Predicate<Quote> bySpeaker = q -> q.speaker() != null && (q.speaker().equalsIgnoreCase(speaker)
        || q.speaker().toLowerCase(Locale.ROOT).contains(speaker.toLowerCase(Locale.ROOT)));
    List<String> wanted = new ArrayList<>();
    if (s.has("quote_contains")) {
      wanted.add(s.get("quote_contains").asText());
    } else if (s.has("says")) {
      String says = s.get("says").asText();
      Matcher n = NUMBER.matcher(says);
      while (n.find()) {
        wanted.add(n.group());
      }
      if (wanted.isEmpty()) {
        wanted.add(says);
      }
    }
    boolean ok = main.quotes().stream().filter(bySpeaker).anyMatch(q -> wanted.stream().allMatch(q.text()::contains));
    String got = main.quotes().stream().filter(bySpeaker).map(q -> "\"" + abbreviate(q.text()) + "\"")
        .collect(Collectors.joining("; "));
    return new Check(point, speaker + " saying " + wanted, ok, got.isEmpty() ? "no quote of this speaker" : got);
  }

  private static void backgroundChecks(List<Check> out, String point, Extraction x, Incident main, String text,
      JsonNode b) {
    String sentence = b.path("text").asText();
    if (b.path("why").asText().toLowerCase(Locale.ROOT).contains("warning")) {
      out.add(notAnIncident(point + ".not_an_incident", x, text, sentence));
    } else {
      out.add(notInMain(point + ".not_in_main", main, text, sentence));
    }
    if (!b.has("types") && !b.has("killed") && !b.has("place")) {
      return;
    }
    Incident bg = backgroundCovering(x, text, sentence);
    if (bg == null) {
      out.add(new Check(point + ".incident", "a background incident of its own", false, "none"));
      return;
    }
    for (JsonNode t : b.path("types")) {
      out.add(new Check(point + ".types", t.asText(), hasTypeLabel(bg, t.asText()), types(bg)));
    }
    if (b.has("killed")) {
      figure(out, point + ".killed", bg, FigureKind.KILLED, b.get("killed"));
    }
    if (b.has("place")) {
      String[] parts = b.get("place").asText().split(",\\s*");
      var pl = bg.place();
      String got = pl == null ? "none" : pl.name() + " / " + pl.resolvedName() + " / " + pl.countryCode();
      boolean ok = pl != null && pl.name().contains(parts[0].replace(" nightclub", ""))
          && (parts.length < 2 || parts[1].equals(pl.resolvedName()))
          && (parts.length < 3 || parts[2].equals(pl.countryCode()));
      out.add(new Check(point + ".place", b.get("place").asText(), ok, got));
    }
    if (b.has("date")) {
      String want = b.get("date").asText();
      String month = Arrays.stream(want.split("\\s+")).filter(w -> w.matches("[A-Z][a-z]+")).findFirst().orElse("");
      boolean ok = bg.time() == null || bg.time().phrase() != null && bg.time().phrase().contains(month)
          && (bg.time().start() == null || bg.time().start().getYear() < LocalDate.now().getYear());
      out.add(new Check(point + ".date", want, ok, bg.time() == null ? "no date"
          : bg.time().phrase() + " → " + bg.time().start()));
    }
  }

  private static Check mustNot(String point, Extraction x, Incident main, String rule) {
    String r = rule.toLowerCase(Locale.ROOT);
    if (r.contains("killed") && r.startsWith("report")) {
      List<Integer> banned = numbers(rule);
      Integer got = main.figure(FigureKind.KILLED);
      return new Check(point, rule, got == null || !banned.contains(got), "killed " + got);
    }
    if (r.contains("casualties")) {
      List<Integer> banned = numbers(rule);
      List<Integer> hits = x.incidents().stream().flatMap(i -> i.figures().stream()).map(f -> f.best())
          .filter(banned::contains).toList();
      return new Check(point, rule, hits.isEmpty(), hits.isEmpty() ? "no such figure" : "figures " + hits);
    }
    if (r.startsWith("place the main incident")) {
      var p = main.place();
      boolean northern = r.contains("northern") && p != null && p.name().toLowerCase(Locale.ROOT).contains("northern");
      boolean france = r.contains("france") && p != null && "FR".equals(p.countryCode());
      return new Check(point, rule, !northern && !france, p == null ? "no place" : p.name() + ", " + p.countryCode());
    }
    if (r.startsWith("name ") && r.contains("perpetrator")) {
      String name = rule.split("\\s+")[1];
      List<String> hits = main.perpetrators().stream().map(p -> p.description())
          .filter(d -> d.contains(name) || name.equals("AQIM") && d.contains("Qaeda")).toList();
      return new Check(point, rule, hits.isEmpty(), hits.isEmpty() ? "not named" : "named: " + hits);
    }
    if (r.startsWith("attach ") && r.contains("statement")) {
      Matcher who = Pattern.compile("attach ([A-Z][a-z]+ [A-Z][a-z]+)'s").matcher(rule);
      String speaker = who.find() ? who.group(1) : "";
      boolean quoted = main.quotes().stream().anyMatch(q -> speaker.equals(q.speaker()));
      Integer perpsKilled = main.figure(FigureKind.PERPETRATORS_KILLED);
      return new Check(point, rule, !quoted && perpsKilled == null, "quote in main: " + quoted
          + ", perpetrators killed: " + perpsKilled);
    }
    return new Check(point, rule, false, "no check for this point");
  }

  private static Check notInMain(String point, Incident main, String text, String sentence) {
    int at = text.indexOf(sentence.length() > 60 ? sentence.substring(0, 60) : sentence);
    if (at < 0) {
      return new Check(point, "not in the main incident: \"" + abbreviate(sentence) + "\"", false,
          "sentence not found in the text");
    }
    boolean inMain = main.sentences().stream().anyMatch(s -> s.start() <= at && at < s.end());
    return new Check(point, "not in the main incident: \"" + abbreviate(sentence) + "\"", !inMain,
        inMain ? "in the main incident" : "not in main");
  }

  /** A warning names no incident: no incident's type is triggered by a word of the phrase. */
  private static Check notAnIncident(String point, Extraction x, String text, String phrase) {
    int at = text.indexOf(phrase);
    String expected = "no incident triggered by \"" + abbreviate(phrase) + "\"";
    if (at < 0) {
      return new Check(point, expected, false, "phrase not found in the text");
    }
    Span span = new Span(at, at + phrase.length());
    List<String> hits = new ArrayList<>();
    for (Incident i : x.incidents()) {
      for (TypeAssignment t : i.types()) {
        if (t.evidence() != null && span.contains(t.evidence().span())) {
          hits.add(i.id() + " " + t.type().label() + " from \"" + t.evidence().text() + "\"");
        }
      }
    }
    return new Check(point, expected, hits.isEmpty(), hits.isEmpty() ? "none" : String.join("; ", hits));
  }

  private static Incident backgroundCovering(Extraction x, String text, String sentence) {
    int at = text.indexOf(sentence.length() > 60 ? sentence.substring(0, 60) : sentence);
    for (Incident i : x.incidents()) {
      if (i.status() != Status.MAIN && at >= 0) {
        for (Span s : i.sentences()) {
          if (s.start() <= at && at < s.end()) {
            return i;
          }
        }
      }
    }
    return null;
  }

  private static boolean hasTypeLabel(Incident i, String label) {
    String l = label.toLowerCase(Locale.ROOT);
    return i.types().stream().map(TypeAssignment::type).anyMatch(t -> t.label().equals(l.replace(' ', '_'))
        || t.crosswalk().gtdAttackTypeText() != null && t.crosswalk().gtdAttackTypeText().equalsIgnoreCase(l));
  }

  private static String types(Incident i) {
    return i.types().stream().map(t -> t.type().label()).collect(Collectors.joining(", "));
  }

  private static List<Integer> numbers(String s) {
    List<Integer> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      out.add(Integer.parseInt(m.group().replace(",", "")));
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() <= 70 ? s : s.substring(0, 67) + "...";
  }
}

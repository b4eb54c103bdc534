package org.vigil.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.vigil.model.IncidentType;
import org.vigil.model.TimePrecision;
import org.vigil.pipeline.output.Json;
import org.vigil.store.query.IncidentRow;

/**
 * The output formats of {@code vigil incidents}. Each writes a whole result set to a writer; none of them keeps state.
 * <ul>
 *   <li>{@code table}: aligned columns for a person;</li>
 *   <li>{@code jsonl}: one JSON object per incident (Vigil's snake_case names);</li>
 *   <li>{@code acled}: CSV with ACLED's column names and codes (event_type and sub_event_type from the ontology
 *       crosswalk, time and geo precision as ACLED codes, fatalities = best killed figure);</li>
 *   <li>{@code gtd}: CSV with GTD's column names (eventid = date + id, attack type codes from the crosswalk, nkill,
 *       nkillter, nwound, nhostkid);</li>
 *   <li>{@code geojson}: an RFC 7946 FeatureCollection, one Point feature per incident ([lon, lat]); an incident
 *       without coordinates has a null geometry.</li>
 * </ul>
 */
public enum Format {
  TABLE, JSONL, ACLED, GTD, GEOJSON;

  /** The format named {@code s} (case-insensitive), or an error that lists the names. */
  public static Format parse(String s) {
    try {
      return valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + s + "'; one of table, jsonl, acled, gtd, geojson");
    }
  }

  /** Writes the rows. */
  public void write(List<IncidentRow> rows, PrintWriter out) {
    switch (this) {
      case TABLE -> table(rows, out);
      case JSONL -> {
        ObjectMapper m = Json.mapper();
        for (IncidentRow r : rows) {
          out.println(Json.line(m, r));
        }
      }
      case ACLED -> acled(rows, out);
      case GTD -> gtd(rows, out);
      case GEOJSON -> geojson(rows, out);
      default -> throw new IllegalStateException();
    }
    out.flush();
  }

  private static void table(List<IncidentRow> rows, PrintWriter out) {
    out.printf("%-7s %-10s %-18s %-24s %-3s %6s %7s %4s  %s%n", "ID", "DATE", "TYPE", "PLACE", "CC", "KILLED",
        "INJURED", "SRC", "TITLE");
    for (IncidentRow r : rows) {
      out.printf("%-7d %-10s %-18s %-24s %-3s %6s %7s %4d  %s%n", r.id(), str(r.dateStart()), cut(r.type(), 18),
          cut(r.place(), 24), str(r.countryCode()), str(r.killed()), str(r.injured()), r.articles(),
          cut(r.title(), 60));
    }
    out.printf("%,d incidents%n", rows.size());
  }

  private static void acled(List<IncidentRow> rows, PrintWriter out) {
    Csv.line(out, List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
        "actor1", "country", "iso", "admin1", "location", "latitude", "longitude", "geo_precision", "source",
        "notes", "fatalities"));
    for (IncidentRow r : rows) {
      IncidentType.Crosswalk x = crosswalk(r);
      Csv.line(out, Arrays.asList((r.countryCode() == null ? "XX" : r.countryCode()) + r.id(), str(r.dateStart()),
          r.dateStart() == null ? null : r.dateStart().getYear(), acledPrecision(r.timePrecision()),
          x == null ? null : x.acledEventType(), x == null ? null : x.acledSubEventType(), r.perpetrators(),
          countryName(r.countryCode()), r.countryCode(), r.admin1(), r.place(), r.lat(), r.lon(), r.geoPrecision(),
          String.join("; ", r.sources()), r.title(), r.killed() == null ? 0 : r.killed()));
    }
  }

  private static void gtd(List<IncidentRow> rows, PrintWriter out) {
    Csv.line(out, List.of("eventid", "iyear", "imonth", "iday", "extended", "country_txt", "provstate", "city",
        "latitude", "longitude", "specificity", "summary", "attacktype1", "attacktype1_txt", "gname", "nkill",
        "nkillter", "nwound", "ishostkid", "nhostkid", "scite1", "dbsource"));
    for (IncidentRow r : rows) {
      IncidentType.Crosswalk x = crosswalk(r);
      LocalDate d = r.dateStart();
      Integer hostages = sum(r.best("hostages_taken"), r.best("kidnapped"));
      boolean hostageType = r.types().contains("hostage_taking") || r.types().contains("kidnapping");
      Csv.line(out, Arrays.asList(d == null ? null : String.format(Locale.ROOT, "%04d%02d%02d%04d", d.getYear(),
          d.getMonthValue(), d.getDayOfMonth(), r.id()), d == null ? null : d.getYear(),
          d == null ? null : d.getMonthValue(), d == null ? null : d.getDayOfMonth(),
          d != null && r.dateEnd() != null && r.dateEnd().isAfter(d) ? 1 : 0, countryName(r.countryCode()),
          r.admin1(), r.place(), r.lat(), r.lon(), r.geoPrecision(), r.title(),
          x == null ? null : x.gtdAttackType(), x == null ? null : x.gtdAttackTypeText(), r.perpetrators(),
          r.killed(), r.best("perpetrators_killed"), r.injured(), hostageType || hostages != null ? 1 : 0, hostages,
          r.sources().isEmpty() ? null : r.sources().get(0), "Vigil"));
    }
  }

  private static void geojson(List<IncidentRow> rows, PrintWriter out) {
    ObjectMapper m = Json.mapper();
    ObjectNode fc = m.createObjectNode();
    fc.put("type", "FeatureCollection");
    ArrayNode features = fc.putArray("features");
    for (IncidentRow r : rows) {
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      f.put("id", r.id());
      if (r.lat() != null && r.lon() != null) {
        ObjectNode g = f.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(r.lon()).add(r.lat());
      } else {
        f.putNull("geometry");
      }
      ObjectNode props = m.valueToTree(r);
      props.remove(List.of("lat", "lon"));
      f.set("properties", props);
    }
    out.println(Json.line(m, fc));
  }

  private static IncidentType.Crosswalk crosswalk(IncidentRow r) {
    try {
      return IncidentType.valueOf(r.type().toUpperCase(Locale.ROOT)).crosswalk();
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  private static Integer acledPrecision(String p) {
    if (p == null) {
      return null;
    }
    try {
      int code = TimePrecision.valueOf(p.toUpperCase(Locale.ROOT)).acled();
      return code == 0 ? null : code;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String countryName(String code) {
    if (code == null) {
      return null;
    }
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  private static Integer sum(Integer a, Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Integer.valueOf(a + b);
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  private static String cut(String s, int n) {
    if (s == null) {
      return "";
    }
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  static List<String> names() {
    List<String> out = new ArrayList<>();
    for (Format f : values()) {
      out.add(f.name().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}

package org.vigil.eval.muc4;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.eval.score.Muc4Text;
import org.vigil.model.ActorKind;
import org.vigil.model.Extraction;
import org.vigil.model.Incident;
import org.vigil.model.IncidentType;
import org.vigil.model.Perpetrator;
import org.vigil.model.Status;
import org.vigil.model.Target;
import org.vigil.model.TypeAssignment;
import org.vigil.model.Victim;
import org.vigil.model.Weapon;

/**
 * Maps Vigil incidents to MUC-4 templates: the main incident and the recalled (historical) ones, never warnings or
 * hypothetical events. Types: kidnapping and hostage taking → kidnapping; bombing, suicide bombing and grenade
 * attack → bombing; arson; robbery; anything else (armed assault, assassination, clashes, other) → attack. Roles:
 * PerpInd from perpetrators of kind individuals, PerpOrg from organisations, Target from physical targets, Victim
 * from victim descriptions, Weapon from weapon mentions that name an instrument (not the event nouns "gunfire",
 * "shooting", "bombing", which give the GTD weapon type but are never a MUC-4 weapon filler, nor verbs such as
 * "dynamited"); mentions lower-cased and cut to the short noun phrases of the keys ({@link #shortForm}: "several
 * urban guerrillas" → "urban guerrillas"), one entity per distinct normalised mention; a template identical to an
 * earlier one of the same article is dropped. An incident whose types map to several MUC-4 types (the keys give a
 * template per type: "guerrillas attacked the farm, burned the facilities and stole cattle") gets a further template
 * per other type ({@link #alsoOfType}), unless the article already has one of that type. Stateless and thread-safe.
 */
public final class TemplateMapper {
  /** Event nouns the weapon lexicon knows that MUC-4 never fills Weapon with (none occurs in the train keys). */
  private static final Set<String> EVENT_NOUNS = Set.of("gunfire", "shooting", "shootings", "bombing", "bombings",
      "shots", "shot", "fire", "gunshot", "gunshots", "explosion", "explosions", "blast", "attack", "attacks",
      "shoot", "gunmen");
  /** A weapon "mention" that is a verb ("bombed", "dynamited", "mined"): the event, not the instrument. */
  private static final Pattern VERB = Pattern.compile("[a-z]+ed");
  /**
   * Articles, determiners, quantities and hedges before a noun phrase, which MUC-4 keys leave out ("SOLDIERS", not
   * "SEVERAL SOLDIERS"; "TERRORISTS" is a mention of "APPROXIMATELY 20 OR 30 TERRORISTS").
   */
  private static final Pattern LEADING = Pattern.compile("^(?:(?:a|an|the|several|many|some|other|various|numerous"
      + "|few|about|approximately|around|nearly|almost|more than|over|at least|least|only|up to|dozens of"
      + "|hundreds of|alleged|suspected|presumed|so-called|self-styled|purported|our|these|those|this|that|its|their"
      + "|his|her|all|one|two|three|four|five|six|seven|eight|nine|ten|\\d[\\d,.]*)\\s+)+");

  private TemplateMapper() {}

  /** The templates of one extraction, main incident first. */
  public static List<PredictedTemplate> templates(Extraction x) {
    List<PredictedTemplate> out = new ArrayList<>();
    for (Incident i : x.incidents()) {
      if (i.status() == Status.MAIN || i.status() == Status.HISTORICAL) {
        PredictedTemplate t = template(i);
        if (!out.contains(t)) {
          out.add(t);
        }
        for (TypeAssignment a : i.types()) {
          String other = type(a.type());
          if (out.stream().noneMatch(o -> o.incidentType().equals(other))) {
            out.add(alsoOfType(t, other));
          }
        }
      }
    }
    return out;
  }

  /**
   * A further template of an incident that is also of another MUC-4 type (a kidnapping whose guerrillas burned a
   * farm; a bombing with an attack on a patrol): the same perpetrators, and of the other fillers those the type
   * takes: targets for bombings, arson and robbery, victims for attacks and kidnappings, weapons for bombings.
   */
  static PredictedTemplate alsoOfType(PredictedTemplate t, String type) {
    boolean damage = type.equals("bombing") || type.equals("arson") || type.equals("robbery");
    boolean harm = type.equals("attack") || type.equals("kidnapping");
    return new PredictedTemplate(type, t.perpInd(), t.perpOrg(), damage ? t.target() : List.of(),
        harm ? t.victim() : List.of(), type.equals("bombing") ? t.weapon() : List.of());
  }

  /** The template of one incident. */
  public static PredictedTemplate template(Incident i) {
    return new PredictedTemplate(type(i),
        distinct(i.perpetrators().stream().filter(p -> p.kind() != ActorKind.ORGANISATION)
            .map(Perpetrator::description).toList()),
        distinct(i.perpetrators().stream().filter(p -> p.kind() == ActorKind.ORGANISATION)
            .map(Perpetrator::description).toList()),
        distinct(i.targets().stream().map(Target::description).toList()),
        distinct(i.victims().stream().map(Victim::description).toList()),
        distinct(i.weapons().stream().map(Weapon::description).filter(TemplateMapper::isInstrument).toList()));
  }

  /** The MUC-4 type of one Vigil incident type. */
  static String type(IncidentType t) {
    return switch (t) {
      case KIDNAPPING, HOSTAGE_TAKING -> "kidnapping";
      case BOMBING, SUICIDE_BOMBING, GRENADE_ATTACK -> "bombing";
      case ARSON -> "arson";
      case ROBBERY -> "robbery";
      default -> "attack";
    };
  }

  /** The MUC-4 incident type of an incident: the most specific of its types. */
  public static String type(Incident i) {
    if (i.hasType(IncidentType.KIDNAPPING) || i.hasType(IncidentType.HOSTAGE_TAKING)) {
      return "kidnapping";
    }
    if (i.hasType(IncidentType.BOMBING) || i.hasType(IncidentType.SUICIDE_BOMBING)
        || i.hasType(IncidentType.GRENADE_ATTACK)) {
      return "bombing";
    }
    if (i.hasType(IncidentType.ARSON)) {
      return "arson";
    }
    if (i.hasType(IncidentType.ROBBERY)) {
      return "robbery";
    }
    return "attack";
  }

  private static boolean isInstrument(String weapon) {
    String w = weapon.toLowerCase(Locale.ROOT).strip();
    return !EVENT_NOUNS.contains(w) && !VERB.matcher(w).matches();
  }

  /** A lower-cased mention without its leading articles, quantities and hedges (unless nothing would be left). */
  static String shortForm(String mention) {
    String lower = mention.toLowerCase(Locale.ROOT).strip();
    String rest = LEADING.matcher(lower).replaceFirst("");
    return rest.isEmpty() ? lower : rest;
  }

  private static List<String> distinct(List<String> mentions) {
    Map<String, String> byNorm = new LinkedHashMap<>();
    for (String m : mentions) {
      String lower = shortForm(m);
      String key = Muc4Text.norm(lower);
      if (!key.isEmpty()) {
        byNorm.putIfAbsent(key, lower);
      }
    }
    return List.copyOf(byNorm.values());
  }
}

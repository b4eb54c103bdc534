package org.vigil.pipeline.extract;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigil.model.IncidentType;
import org.vigil.model.WeaponType;

/**
 * The word lists extraction rules use. Every entry is a general English word for a kind of event, actor or weapon;
 * none names an entity of a particular article.
 */
final class Lexicon {
  private Lexicon() {}

  /** Lemmas that report a violent incident of a specific type. */
  static final Map<String, IncidentType> SPECIFIC_TRIGGERS = Map.ofEntries(
      Map.entry("gunfire", IncidentType.ARMED_ASSAULT),
      Map.entry("shooting", IncidentType.ARMED_ASSAULT),
      Map.entry("shoot", IncidentType.ARMED_ASSAULT),
      Map.entry("gunshot", IncidentType.ARMED_ASSAULT),
      Map.entry("gunman", IncidentType.ARMED_ASSAULT),
      Map.entry("gunmen", IncidentType.ARMED_ASSAULT),
      Map.entry("stab", IncidentType.ARMED_ASSAULT),
      Map.entry("stabbing", IncidentType.ARMED_ASSAULT),
      Map.entry("massacre", IncidentType.ARMED_ASSAULT),
      Map.entry("ambush", IncidentType.ARMED_ASSAULT),
      Map.entry("raid", IncidentType.ARMED_ASSAULT),
      Map.entry("hostage", IncidentType.HOSTAGE_TAKING),
      Map.entry("siege", IncidentType.HOSTAGE_TAKING),
      Map.entry("standoff", IncidentType.HOSTAGE_TAKING),
      Map.entry("kidnap", IncidentType.KIDNAPPING),
      Map.entry("kidnapping", IncidentType.KIDNAPPING),
      Map.entry("abduct", IncidentType.KIDNAPPING),
      Map.entry("abduction", IncidentType.KIDNAPPING),
      Map.entry("bomb", IncidentType.BOMBING),
      Map.entry("bombing", IncidentType.BOMBING),
      Map.entry("bomber", IncidentType.BOMBING),
      Map.entry("explosion", IncidentType.BOMBING),
      Map.entry("blast", IncidentType.BOMBING),
      Map.entry("explode", IncidentType.BOMBING),
      Map.entry("detonate", IncidentType.BOMBING),
      Map.entry("ied", IncidentType.BOMBING),
      Map.entry("dynamite", IncidentType.BOMBING),
      Map.entry("grenade", IncidentType.GRENADE_ATTACK),
      Map.entry("assassinate", IncidentType.ASSASSINATION),
      Map.entry("assassination", IncidentType.ASSASSINATION),
      Map.entry("murder", IncidentType.ARMED_ASSAULT),
      Map.entry("shelling", IncidentType.SHELLING_AIRSTRIKE),
      Map.entry("airstrike", IncidentType.SHELLING_AIRSTRIKE),
      Map.entry("air strike", IncidentType.SHELLING_AIRSTRIKE),
      Map.entry("mortar", IncidentType.SHELLING_AIRSTRIKE),
      Map.entry("rocket", IncidentType.SHELLING_AIRSTRIKE),
      Map.entry("arson", IncidentType.ARSON),
      Map.entry("torch", IncidentType.ARSON),
      Map.entry("firebomb", IncidentType.ARSON),
      Map.entry("robbery", IncidentType.ROBBERY),
      Map.entry("rob", IncidentType.ROBBERY),
      Map.entry("clash", IncidentType.ARMED_CLASH),
      Map.entry("firefight", IncidentType.ARMED_CLASH),
      Map.entry("gunbattle", IncidentType.ARMED_CLASH),
      Map.entry("shootout", IncidentType.ARMED_CLASH));

  /** Lemmas that report that something violent happened without saying what kind. */
  static final Set<String> GENERIC_TRIGGERS = Set.of("attack", "assault", "violence", "incident", "kill",
      "killing", "terror", "terrorism", "strike", "fighting", "onslaught", "rampage", "homicide", "slaying", "slay");

  /**
   * Nouns for a firearm or what it fires, that make "discharged" tell a shooting. {@link Framing#phraseType} reads
   * such words beside the word that makes them a trigger: a weapon "discharged", a "stray bullet", a "self-inflicted"
   * death, a "home invasion".
   */
  static final Set<String> FIREARM_NOUNS = Set.of("gun", "handgun", "pistol", "rifle", "shotgun", "firearm",
      "weapon", "revolver", "shot", "round");

  /** Nouns of a harm that "self-inflicted" makes a shooting or a suicide: "2 self-inflicted deaths". */
  static final Set<String> HARM_NOUNS = Set.of("death", "wound", "injury");

  /** A word marking a suicide attack. */
  static final Set<String> SUICIDE = Set.of("suicide");

  /** Nouns for the people who carry out attacks. */
  static final Set<String> PERPETRATOR_NOUNS = Set.of("jihadist", "jihadists", "gunman", "gunmen", "assailant",
      "attacker", "militant", "insurgent", "terrorist", "rebel", "guerrilla", "guerrillas", "extremist", "bomber",
      "kidnapper", "hostage-taker", "shooter", "suspect", "fighter", "raider", "abductor", "murderer", "killer",
      "islamist", "perpetrator", "terrorists", "commando", "subversive", "criminal", "bandit");

  /** Nouns for forces that respond to attacks. */
  static final Set<String> FORCE_NOUNS = Set.of("soldier", "troops", "troop", "force", "forces", "police",
      "policeman", "officer", "army", "commando", "commandos", "gendarme", "gendarmerie", "guard", "military",
      "unit", "swat");

  /** The nouns of a wound, as written: "injuries", "a gunshot wound" ({@link AliveInCare}, {@link LaterDeath}). */
  static final Set<String> WOUND_NOUNS = Set.of("injuries", "injury", "wounds", "wound");

  /** The words of US local news for the police, beside {@link #FORCE_NOUNS}: "deputy", "trooper", "sheriff"… */
  static final Set<String> LOCAL_POLICE = Set.of("deputy", "trooper", "cop", "agent", "sheriff", "marshal");

  /**
   * The police who may kill an attacker: the forces of {@link #FORCE_NOUNS} and the words of US local news for them.
   * Not "sniper": one killed "by a sniper" is mostly the attack's victim ("The archbishop was killed by a sniper while
   * saying mass", MUC-4), and a police sniper is named with a police word ("a SWAT sniper", "a police sniper").
   */
  static final Set<String> POLICE_NOUNS = Stream.concat(FORCE_NOUNS.stream(), LOCAL_POLICE.stream())
      .collect(Collectors.toUnmodifiableSet());

  /**
   * The police a suspect shoots, as US local news writes them: {@link #LOCAL_POLICE} and the officers themselves
   * ({@link OfficerBesideDeadSuspect}, {@link SuspectAlsoHurt}).
   */
  static final Set<String> OFFICERS = Stream.concat(LOCAL_POLICE.stream(),
      Stream.of("officer", "officers", "policeman", "sergeant", "detective", "deputies", "troopers"))
      .collect(Collectors.toUnmodifiableSet());

  /** Verbs whose subject intervened against an attack. */
  static final Set<String> RESPONSE_VERBS = Set.of("enter", "storm", "free", "rescue", "intervene", "surround",
      "retake", "secure", "end", "neutralize", "neutralise", "evacuate", "arrive", "respond", "raid", "release",
      "regain", "clear", "succeed", "repel", "engage");

  /** Verbs of saying, for quote and statement attribution. */
  static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "state", "announce", "confirm", "report",
      "declare", "explain", "note", "insist", "warn", "describe", "stress", "write", "quote", "shout", "chant", "yell",
      "scream", "cry", "tweet", "recount", "recall");

  /** Words for weapons, mapped to the GTD weapon types. */
  static final Map<String, WeaponType> WEAPONS = Map.ofEntries(
      Map.entry("gun", WeaponType.FIREARMS),
      Map.entry("gunfire", WeaponType.FIREARMS),
      Map.entry("gunshot", WeaponType.FIREARMS),
      Map.entry("rifle", WeaponType.FIREARMS),
      Map.entry("pistol", WeaponType.FIREARMS),
      Map.entry("handgun", WeaponType.FIREARMS),
      Map.entry("firearm", WeaponType.FIREARMS),
      Map.entry("machine-gun", WeaponType.FIREARMS),
      Map.entry("machinegun", WeaponType.FIREARMS),
      Map.entry("kalashnikov", WeaponType.FIREARMS),
      Map.entry("ak-47", WeaponType.FIREARMS),
      Map.entry("shotgun", WeaponType.FIREARMS),
      Map.entry("bullet", WeaponType.FIREARMS),
      Map.entry("gunman", WeaponType.FIREARMS),
      Map.entry("gunmen", WeaponType.FIREARMS),
      Map.entry("shoot", WeaponType.FIREARMS),
      Map.entry("shooting", WeaponType.FIREARMS),
      Map.entry("bomb", WeaponType.EXPLOSIVES),
      Map.entry("explosive", WeaponType.EXPLOSIVES),
      Map.entry("explosives", WeaponType.EXPLOSIVES),
      Map.entry("grenade", WeaponType.EXPLOSIVES),
      Map.entry("dynamite", WeaponType.EXPLOSIVES),
      Map.entry("ied", WeaponType.EXPLOSIVES),
      Map.entry("mine", WeaponType.EXPLOSIVES),
      Map.entry("landmine", WeaponType.EXPLOSIVES),
      Map.entry("mortar", WeaponType.EXPLOSIVES),
      Map.entry("rocket", WeaponType.EXPLOSIVES),
      Map.entry("missile", WeaponType.EXPLOSIVES),
      Map.entry("knife", WeaponType.MELEE),
      Map.entry("machete", WeaponType.MELEE),
      Map.entry("axe", WeaponType.MELEE),
      Map.entry("sword", WeaponType.MELEE),
      Map.entry("stab", WeaponType.MELEE),
      Map.entry("molotov", WeaponType.INCENDIARY),
      Map.entry("petrol", WeaponType.INCENDIARY),
      Map.entry("gasoline", WeaponType.INCENDIARY),
      Map.entry("arson", WeaponType.INCENDIARY),
      Map.entry("firebomb", WeaponType.INCENDIARY),
      Map.entry("truck", WeaponType.VEHICLE),
      Map.entry("car", WeaponType.VEHICLE));

  /** Nouns naming places attacks happen at, that make a capitalised phrase a site rather than a town. */
  static final Set<String> SITE_NOUNS = Set.of("hotel", "resort", "campement", "camp", "nightclub", "club", "bar",
      "restaurant", "cafe", "mall", "market", "church", "mosque", "school", "university", "college", "embassy",
      "airport", "station", "base", "checkpoint", "stadium", "theatre", "theater", "museum", "beach", "office",
      "headquarters", "compound", "barracks", "hospital", "bank", "temple", "synagogue", "shrine", "plaza",
      "square", "centre", "center", "building", "complex", "garrison", "prison", "jail", "port", "bridge",
      "village", "lodge", "residence", "palace", "ministry", "court");

  /** Site nouns mapped to the GTD target type of what is attacked there. */
  static final Map<String, String> TARGET_CATEGORY = Map.ofEntries(
      Map.entry("hotel", "Tourists"), Map.entry("resort", "Tourists"), Map.entry("campement", "Tourists"),
      Map.entry("lodge", "Tourists"), Map.entry("beach", "Tourists"), Map.entry("museum", "Tourists"),
      Map.entry("nightclub", "Business"), Map.entry("club", "Business"), Map.entry("bar", "Business"),
      Map.entry("restaurant", "Business"), Map.entry("cafe", "Business"), Map.entry("mall", "Business"),
      Map.entry("market", "Business"), Map.entry("bank", "Business"), Map.entry("office", "Business"),
      Map.entry("church", "Religious Figures/Institutions"), Map.entry("mosque", "Religious Figures/Institutions"),
      Map.entry("temple", "Religious Figures/Institutions"), Map.entry("shrine", "Religious Figures/Institutions"),
      Map.entry("synagogue", "Religious Figures/Institutions"),
      Map.entry("school", "Educational Institution"), Map.entry("university", "Educational Institution"),
      Map.entry("college", "Educational Institution"), Map.entry("embassy", "Government (Diplomatic)"),
      Map.entry("airport", "Airports & Aircraft"), Map.entry("station", "Transportation"),
      Map.entry("base", "Military"), Map.entry("barracks", "Military"), Map.entry("garrison", "Military"),
      Map.entry("checkpoint", "Police"), Map.entry("prison", "Government (General)"),
      Map.entry("ministry", "Government (General)"), Map.entry("palace", "Government (General)"),
      Map.entry("court", "Government (General)"), Map.entry("hospital", "Business"),
      Map.entry("stadium", "Private Citizens & Property"), Map.entry("square", "Private Citizens & Property"),
      Map.entry("village", "Private Citizens & Property"));
}

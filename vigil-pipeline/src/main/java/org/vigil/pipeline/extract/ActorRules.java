package org.vigil.pipeline.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.geo.Country;
import org.vigil.geo.Gazetteer;
import org.vigil.model.ActorKind;
import org.vigil.model.Attribution;
import org.vigil.model.FigureKind;
import org.vigil.model.Perpetrator;
import org.vigil.model.Responder;
import org.vigil.model.Target;
import org.vigil.model.Victim;
import org.vigil.model.Weapon;
import org.vigil.model.WeaponType;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/** Perpetrators, physical targets, victims, weapons and responders of the sentences of one incident. */
final class ActorRules {
  private static final Set<String> SUSPECT_WORDS = Set.of("suspected", "alleged", "presumed", "suspect",
      "believed", "blamed");
  private static final Set<String> ORG_WORDS = Set.of("group", "movement", "front", "army", "brigade", "faction",
      "organization", "organisation", "network", "cell", "state", "qaeda", "shabab", "taliban", "haram");

  private final Gazetteer gazetteer;

  ActorRules(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Perpetrator mentions: perpetrator nouns, and organisations that claimed responsibility. */
  List<Perpetrator> perpetrators(String text, Sentence s) {
    List<Perpetrator> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      if (!k.isNoun() || !Lexicon.PERPETRATOR_NOUNS.contains(k.lemma())) {
        continue;
      }
      // a perpetrator noun counts when it acts (the subject of a verb) or is counted ("up to four suspected
      // jihadists"); "troops fighting Islamic extremists" names a party to a wider conflict, not this incident's
      String rel = s.relation(i);
      boolean subject = rel != null && rel.startsWith("nsubj");
      boolean counted = !s.children(i, "nummod").isEmpty();
      if (!subject && !counted && !"root".equals(rel) && !"appos".equals(rel)) {
        continue;
      }
      int[] np = Phrases.nounPhrase(s, i);
      if (np[1] > i) {
        np[1] = i;
      }
      Integer low = null;
      Integer high = null;
      int first = np[0];
      for (int j = np[0]; j < i; j++) {
        NumberPhrase num = NumberPhrase.at(s, j);
        if (num != null) {
          low = num.low();
          high = num.high();
          first = Math.min(first, num.first());
          break;
        }
      }
      Attribution attribution = Attribution.REPORTED;
      for (int j = first; j < i; j++) {
        if (SUSPECT_WORDS.contains(t.get(j).lower())) {
          attribution = Attribution.SUSPECTED;
        }
      }
      int descFirst = first;
      while (descFirst < i && (t.get(descFirst).pos().equals("DT") || t.get(descFirst).pos().equals("CD")
          || t.get(descFirst).lower().equals("up") || t.get(descFirst).lower().equals("to")
          || t.get(descFirst).lower().equals("at") || t.get(descFirst).lower().equals("least")
          || t.get(descFirst).lower().equals("about"))) {
        descFirst++;
      }
      String description = s.text(text, descFirst, i);
      out.add(new Perpetrator(description, ActorKind.INDIVIDUALS, attribution, low, high,
          Phrases.evidence(text, s, first, i)));
    }
    // organisations that act: "the FMLN attacked", "killed by the Shining Path", "members of the ELN",
    // "FMLN guerrillas"
    for (int i = 0; i < t.size(); i++) {
      if (!t.get(i).ner().equals("ORGANIZATION")) {
        continue;
      }
      int first = i;
      int last = i;
      while (last + 1 < t.size() && t.get(last + 1).ner().equals("ORGANIZATION")) {
        last++;
      }
      i = last;
      if (actsAsPerpetrator(s, first, last)) {
        out.add(new Perpetrator(s.text(text, first, last), ActorKind.ORGANISATION, Attribution.REPORTED, null, null,
            Phrases.evidence(text, s, first, last)));
      }
    }
    // unnamed people who attack: "three heavily armed men opened fire", "killed by unidentified individuals"
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      if (!k.isNoun() || !UNNAMED_PEOPLE.contains(k.lemma()) || !attackRole(s, i)) {
        continue;
      }
      int[] np = Phrases.nounPhrase(s, i);
      int first = np[0];
      while (first < i && (t.get(first).pos().equals("DT") || t.get(first).pos().equals("CD"))) {
        first++;
      }
      boolean described = false;
      for (int j = first; j < i; j++) {
        if (ATTACKER_ADJECTIVES.contains(t.get(j).lower())) {
          described = true;
        }
      }
      if (described) {
        out.add(new Perpetrator(s.text(text, first, i), ActorKind.INDIVIDUALS, Attribution.REPORTED, null, null,
            Phrases.evidence(text, s, first, i)));
      }
    }
    // "X claimed responsibility", "claimed by X"
    for (int i = 0; i < t.size(); i++) {
      if (!t.get(i).lemma().equals("claim") || negatedClaim(s, i)) {
        continue;
      }
      if (i + 1 >= t.size()
          || !(t.get(i + 1).lemma().equals("responsibility") || t.get(i + 1).lemma().equals("credit"))) {
        continue;
      }
      for (int subj : s.children(i, "nsubj")) {
        int[] np = Phrases.nounPhrase(s, subj);
        String name = s.text(text, np[0], np[1]);
        out.add(new Perpetrator(name, ActorKind.ORGANISATION, Attribution.CLAIMED, null, null,
            Phrases.evidence(text, s, np[0], i + 1)));
      }
    }
    return out;
  }

  private static final Set<String> UNNAMED_PEOPLE = Set.of("man", "individual", "person", "youth", "gang",
      "group", "unit", "column", "squad");
  private static final Set<String> ATTACKER_ADJECTIVES = Set.of("unidentified", "armed", "masked", "unknown",
      "hooded", "heavily", "uniformed", "gunmen", "urban");
  private static final Set<String> ATTACK_VERBS = Set.of("attack", "kill", "kidnap", "abduct", "bomb", "murder",
      "assassinate", "shoot", "detonate", "storm", "raid", "burn", "destroy", "blow", "ambush", "fire", "open",
      "set", "hurl", "throw", "plant", "massacre", "stab", "seize", "take", "carry", "launch", "hit", "dynamite");

  /** Whether token {@code i} is the attacker of an attack verb: its subject, or its agent ("by X"). */
  private static boolean attackRole(Sentence s, int i) {
    String rel = s.relation(i);
    int head = s.head(i);
    if (rel == null || head < 0) {
      return false;
    }
    String verb = s.tokens().get(head).lemma();
    if (rel.equals("nsubj") && ATTACK_VERBS.contains(verb)) {
      return true;
    }
    if (rel.startsWith("obl") && (HARM_PASSIVE.contains(verb) || ATTACK_VERBS.contains(verb))) {
      for (int c : s.children(i, "case")) {
        if (s.tokens().get(c).lower().equals("by")) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> HARM_PASSIVE = Set.of("kill", "murder", "kidnap", "abduct", "attack", "bomb",
      "assassinate", "shoot", "wound", "injure", "destroy", "burn", "carry", "perpetrate", "commit", "claim");

  /** An organisation name acts as a perpetrator: the attacker of an attack verb, or named with the attackers. */
  private static boolean actsAsPerpetrator(Sentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (attackRole(s, i)) {
        return true;
      }
      String rel = s.relation(i);
      int head = s.head(i);
      if (rel == null || head < 0 || head >= first && head <= last) {
        continue;
      }
      String governor = s.tokens().get(head).lemma();
      // "FMLN guerrillas", "members of the ELN", "guerrillas of the FMLN"
      if ((rel.equals("compound") || rel.startsWith("nmod")) && (Lexicon.PERPETRATOR_NOUNS.contains(governor)
          || governor.equals("member") || governor.equals("commando") || governor.equals("column")
          || governor.equals("unit"))) {
        return true;
      }
      // "attributed to the X", "blamed on the X"
      if (rel.startsWith("obl") && (governor.equals("attribute") || governor.equals("blame"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence says the attack is claimed ({@code TRUE}), that no group has claimed it ({@code FALSE}), or
   * nothing ({@code null}).
   */
  static Boolean claimed(Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).lemma().equals("claim") && i + 1 < t.size()
          && (t.get(i + 1).lemma().equals("responsibility") || t.get(i + 1).lemma().equals("credit"))) {
        return !negatedClaim(s, i);
      }
    }
    return null;
  }

  private static boolean negatedClaim(Sentence s, int verb) {
    for (int j = Math.max(0, verb - 5); j < verb; j++) {
      String w = s.tokens().get(j).lower();
      if (w.equals("no") || w.equals("not") || w.equals("n't") || w.equals("nobody") || w.equals("none")) {
        return true;
      }
    }
    return false;
  }

  /** Sites attacked: noun phrases with a site noun ("resort", "nightclub", "hotel") after at/on/in/of a trigger. */
  List<Target> targets(String text, Sentence s) {
    List<Target> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      String lower = k.lower();
      if (!Lexicon.SITE_NOUNS.contains(lower) && !Lexicon.SITE_NOUNS.contains(k.lemma())) {
        continue;
      }
      if (!k.isNoun()) {
        continue;
      }
      int first = i;
      // a capitalised name before or around the site noun: "La Terrasse nightclub", "Le Campement Kangaba"
      while (first > 0 && (t.get(first - 1).isProperNoun() || t.get(first - 1).isNoun())
          && !t.get(first - 1).ner().equals("DATE") && !t.get(first - 1).word().equals(",")) {
        first--;
      }
      int last = i;
      while (last + 1 < t.size() && t.get(last + 1).isProperNoun() && k.isProperNoun()) {
        last++;
      }
      if (last == i && i + 1 < t.size() && t.get(i + 1).isNoun() && !t.get(i + 1).isProperNoun()) {
        last = i + 1; // "resort area"
      }
      // only sites in a prepositional role (at/on/in/near) or the object of an attack verb
      String prep = first > 0 ? t.get(first - 1).lower() : "";
      if (first > 0 && (t.get(first - 1).pos().equals("DT"))) {
        prep = first > 1 ? t.get(first - 2).lower() : "";
      }
      if (!Set.of("at", "on", "in", "near", "inside", "outside", "into", "entering", "stormed", "attacked",
          "targeted", "hit", "bombed").contains(prep)) {
        continue;
      }
      if (prep.equals("in") && k.isProperNoun() && k.ner().equals("LOCATION")) {
        i = last; // "in Riviera Beach", "in Long Beach": a town named like a site
        continue;
      }
      String desc = s.text(text, first, last);
      String category = Lexicon.TARGET_CATEGORY.get(lower);
      if (category == null) {
        category = Lexicon.TARGET_CATEGORY.get(k.lemma());
      }
      out.add(new Target(desc, category, Phrases.evidence(text, s, first, last)));
      i = last;
    }
    return out;
  }

  /** People harmed, where the article gives their nationality or kind ("including a Franco-Gabonese"). */
  List<Victim> victims(String text, Sentence s, FigureKind harm) {
    List<Victim> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (!t.get(i).lower().equals("including") && !t.get(i).lower().equals("among")) {
        continue;
      }
      // "among" and "including" name the harmed only in a casualty sentence
      if (harm == null) {
        continue;
      }
      int first = i + 1;
      int last = first;
      while (last + 1 < t.size() && !t.get(last + 1).word().equals(",") && !t.get(last + 1).word().equals(".")
          && !t.get(last + 1).word().equals("\"") && !t.get(last + 1).isVerb()
          && !t.get(last + 1).pos().equals("IN") && !t.get(last + 1).pos().equals("CC")) {
        last++;
      }
      if (first >= t.size()) {
        continue;
      }
      String desc = s.text(text, first, last);
      List<String> nationalities = nationalities(desc);
      // the phrase must name people: a people noun, a nationality or a person's name ("five foreigners", "a
      // Franco-Gabonese"), not "more than 300 surface-to-air missiles"
      boolean people = !nationalities.isEmpty();
      for (int j = first; j <= last && !people; j++) {
        Token k = t.get(j);
        people = PersonWords.isPeople(k.lemma()) || k.ner().equals("PERSON") || k.lemma().equals("foreigner");
      }
      if (!people) {
        continue;
      }
      out.add(new Victim(desc, nationalities, harm, Phrases.evidence(text, s, first, last)));
    }
    return out;
  }

  /** ISO codes of the nationality words in a phrase ("a Franco-Gabonese" → FR, GA). */
  List<String> nationalities(String phrase) {
    Set<String> codes = new LinkedHashSet<>();
    for (String word : phrase.split("[\\s,]+")) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      for (Country c : gazetteer.nationality(word)) {
        codes.add(c.iso2());
      }
    }
    return List.copyOf(codes);
  }

  /** Weapons named in the sentence. */
  List<Weapon> weapons(String text, Sentence s) {
    List<Weapon> out = new ArrayList<>();
    for (Token k : s.tokens()) {
      WeaponType type = Lexicon.WEAPONS.get(k.lemma());
      if (type == null) {
        type = Lexicon.WEAPONS.get(k.lower());
      }
      if (type == null) {
        continue;
      }
      // cars and trucks are weapons only when they ram ("drove a truck into the crowd"); leave them to later rules
      if (type == WeaponType.VEHICLE) {
        continue;
      }
      // the compound is part of the weapon's name: "car bomb", "dynamite charge"
      int first = k.index();
      for (int c : s.children(k.index(), "compound")) {
        if (c < first && c == first - 1) {
          first = c;
        }
      }
      out.add(new Weapon(type, s.text(text, first, k.index()), Phrases.evidence(text, s, first, k.index())));
    }
    return out;
  }

  /**
   * Forces that intervened: a force noun phrase that is the subject of a response verb ("Malian soldiers later
   * succeeded in entering the resort area"), or the force a spokesman speaks for in such a sentence.
   */
  List<Responder> responders(String text, Sentence s) {
    List<Responder> out = new ArrayList<>();
    List<Token> t = s.tokens();
    boolean response = false;
    for (Token k : t) {
      if (k.isVerb() && Lexicon.RESPONSE_VERBS.contains(k.lemma())) {
        response = true;
      }
    }
    if (!response) {
      return out;
    }
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      if (!k.isNoun() || !Lexicon.FORCE_NOUNS.contains(k.lower())) {
        continue;
      }
      String rel = s.relation(i);
      int head = s.head(i);
      boolean subjectOfResponse = rel != null && rel.startsWith("nsubj") && head >= 0
          && Lexicon.RESPONSE_VERBS.contains(t.get(head).lemma());
      boolean spokesmanFor = rel != null && rel.startsWith("nmod") && head >= 0
          && (t.get(head).lemma().equals("spokesman") || t.get(head).lemma().equals("spokeswoman")
          || t.get(head).lemma().equals("spokesperson") || t.get(head).lemma().equals("commander"));
      if (!subjectOfResponse && !spokesmanFor) {
        continue;
      }
      int[] np = Phrases.nounPhrase(s, i);
      int first = np[0];
      while (first < i && t.get(first).pos().equals("DT")) {
        first++;
      }
      out.add(new Responder(s.text(text, first, i), Phrases.evidence(text, s, first, i)));
    }
    return out;
  }

  static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
  }
}

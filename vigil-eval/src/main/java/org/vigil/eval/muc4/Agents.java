package org.vigil.eval.muc4;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Individual perpetrators named as the agents of harm verbs in a MUC-4 body, whoever they are: "killed by army
 * troops", "murdered by three heavily armed men", "soldiers murdered the priests", "unidentified individuals have
 * attacked". A phrase counts when it ends in a noun for people or a body of people ({@link #PEOPLE}: "men",
 * "soldiers", "guerrillas", "assassins"…), so organisations ("by the FMLN") are left to the pipeline; it is that noun
 * with the describing words just before it ({@link #MODIFIERS}: "armed", "army", "paid"…), after determiners, numbers
 * and collective nouns ("by a group of heavily armed men" → "heavily armed men").
 * A subject counts only before an active harm verb ("soldiers killed", "gunmen have kidnapped", with up to two
 * adverbs or a relative pronoun between: "subversives coldbloodedly murdered", "troops who killed";
 * {@link #BEFORE_VERB}), not a passive one ("soldiers were killed"), and before verbs of carrying an attack out
 * whose "by" phrase says nothing ({@link #SUBJECT_ONLY}: "urban guerrillas blew up a bus", "two men set off a bomb");
 * "carried out by" counts as a harm verb; a "by" phrase counts up to {@value #MAX_BEFORE_BY} words after its verb
 * ("shot to death by", "killed yesterday by"), unless a mark or clause word comes first ({@link #CLAUSE}). "Members"
 * keep whose members they are ("members of the Salvadoran army", "Shining Path members") and people their dress ("men
 * wearing military uniforms"), as the keys do ({@link #complement}). Stateless and thread-safe.
 */
final class Agents {
  /** Past participles and past forms of harm verbs. */
  private static final Set<String> HARM = Set.of("killed", "murdered", "kidnapped", "abducted", "attacked",
      "assassinated", "shot", "wounded", "injured", "machinegunned", "massacred", "perpetrated", "committed",
      "planted", "bombed", "burned", "dynamited", "destroyed", "executed", "tortured", "ambushed", "seized",
      "hurled", "threw", "fired", "placed", "detonated");
  /**
   * Past forms that make their subject a perpetrator but not their "by" phrase: "guerrillas blew up a bus", "two men
   * set off a bomb", "the attackers used rifles", "armed men entered the house", "terrorists attempted to…".
   */
  private static final Set<String> SUBJECT_ONLY = Set.of("blew", "set", "used", "entered", "attempted", "tried",
      "managed", "opened");
  /** Nouns for people or bodies of people that can head a perpetrator phrase. */
  static final Set<String> PEOPLE = Set.of("men", "man", "individuals", "individual", "persons", "person", "people",
      "guerrillas", "guerrilla", "terrorists", "terrorist", "soldiers", "soldier", "troops", "members", "rebels",
      "traffickers", "assassins", "assassin", "gunmen", "gunman", "commandos", "officers", "criminals", "attackers",
      "subversives", "suspects", "extremists", "murderers", "militants", "policemen", "agents", "squads", "youths",
      "insurgents", "paramilitaries", "narcoterrorists", "hitmen", "kidnappers", "killers", "women", "woman", "cells",
      "fighters", "assailants", "commandoes", "personnel", "lieutenants", "officer", "elements");
  /** Words that can describe a perpetrator noun ("heavily armed men", "army troops", "paid assassins"). */
  private static final Set<String> MODIFIERS = Set.of("unidentified", "unknown", "armed", "heavily", "masked",
      "hooded", "uniformed", "urban", "young", "army", "military", "police", "paid", "hired", "drug", "death",
      "rightist", "leftist", "rightwing", "leftwing", "right-wing", "left-wing", "guerrilla", "terrorist",
      "subversive", "security", "elite", "commando", "paramilitary", "government");
  /** Words that end a phrase on their left: determiners, numbers, prepositions, conjunctions, verbs of saying. */
  static final Set<String> STOP = Set.of("a", "an", "the", "of", "by", "and", "or", "in", "on", "at", "to",
      "for", "from", "with", "that", "which", "who", "when", "where", "after", "before", "during", "were", "was",
      "are", "is", "be", "been", "have", "has", "had", "said", "says", "reported", "this", "these", "those", "some",
      "several", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "about", "group",
      "groups", "band", "gang", "than", "but", "as", "it", "they", "he", "she", "we", "also", "not", "its", "their",
      "his", "her", "our", "all", "other", "both", "today", "yesterday", "one", "approximately", "nearly", "around",
      "another");
  /**
   * Words that can stand between a subject and its verb (up to two, and adverbs in -ly): "soldiers have also killed",
   * "guerrillas who killed", "fmln subversives coldbloodedly murdered", "a group of unidentified individuals today
   * killed".
   */
  private static final Set<String> BEFORE_VERB = Set.of("have", "has", "had", "also", "today", "yesterday", "who",
      "reportedly", "allegedly", "later", "then", "recently");
  /** Words that end the stretch between a harm verb and its "by" phrase ("shot to death by", "killed today by"). */
  private static final Set<String> CLAUSE = Set.of("and", "but", "that", "which", "who", "said", "says", "reported",
      "when", "while", "after", "before", "because", "according", "as");
  /** Most words between a harm verb and its "by" phrase. */
  private static final int MAX_BEFORE_BY = 3;
  /** Most words a phrase takes before its noun. */
  private static final int MAX_MODIFIERS = 3;

  private Agents() {}

  /** The agent phrases of a body (any case), lower case, in text order, each once. */
  static List<String> of(String body) {
    List<String> w = TextRoles.words(body);
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i + 1 < w.size(); i++) {
      boolean carriedOut = w.get(i).equals("carried") && w.get(i + 1).equals("out");
      if (SUBJECT_ONLY.contains(w.get(i))) {
        String s = subject(w, i);
        if (s != null) {
          out.add(s);
        }
        continue;
      }
      if (!HARM.contains(w.get(i)) && !carriedOut) {
        continue;
      }
      int by = by(w, carriedOut ? i + 2 : i + 1);
      if (by >= 0) {
        String p = after(w, by + 1);
        if (p != null) {
          out.add(p);
        }
      }
      String s = subject(w, i);
      if (s != null) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The index of the "by" that follows a harm verb ending before {@code from}, up to {@value #MAX_BEFORE_BY} words on
   * ("killed by", "shot to death by", "kidnapped yesterday by"), or -1 when a mark or a clause word comes first.
   */
  private static int by(List<String> w, int from) {
    for (int k = from; k < w.size() && k <= from + MAX_BEFORE_BY; k++) {
      if (w.get(k).equals("by")) {
        return k;
      }
      if (!Character.isLetter(w.get(k).charAt(0)) || CLAUSE.contains(w.get(k))) {
        return -1;
      }
    }
    return -1;
  }

  /** The phrase from {@code from} up to the first people noun, skipping determiners and numbers ("a group of"). */
  private static String after(List<String> w, int from) {
    int start = from;
    while (start < w.size() && (STOP.contains(w.get(start)) || w.get(start).matches("\\d+"))
        && start < from + 4) {
      start++;
    }
    for (int j = start; j < w.size() && j <= start + MAX_MODIFIERS; j++) {
      String x = w.get(j);
      if (PEOPLE.contains(x)) {
        return String.join(" ", w.subList(start, complement(w, j)));
      }
      if (!MODIFIERS.contains(x) && !membersAhead(w, j, start + MAX_MODIFIERS)) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether "members" follows {@code from} up to {@code last}, with no stop word or mark between: whose members they
   * are in an agent phrase ("by FARC 12th Front members", "by alleged EPL members").
   */
  private static boolean membersAhead(List<String> w, int from, int last) {
    for (int k = from; k < w.size() && k <= last; k++) {
      if (w.get(k).equals("members")) {
        return true;
      }
      if (STOP.contains(w.get(k)) || !Character.isLetterOrDigit(w.get(k).charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /** The subject phrase of an active harm verb at {@code verb} ("soldiers [have] killed"), or null. */
  private static String subject(List<String> w, int verb) {
    int end = verb - 1;
    for (int n = 0; n < 2 && end >= 0 && (BEFORE_VERB.contains(w.get(end))
        || w.get(end).endsWith("ly") && w.get(end).length() > 4); n++) {
      end--;
    }
    if (end < 0 || !PEOPLE.contains(w.get(end))) {
      return null;
    }
    int start = end;
    while (start > 0 && end - start < MAX_MODIFIERS && describes(w.get(start - 1), w.get(end))) {
      start--;
    }
    return String.join(" ", w.subList(start, end + 1));
  }

  /**
   * Whether a word before a subject's noun describes it: a describing word, or for "members" any word that is no
   * stop word ("Shining Path members", "EPL members": whose members they are).
   */
  private static boolean describes(String word, String noun) {
    return MODIFIERS.contains(word)
        || noun.equals("members") && !STOP.contains(word) && Character.isLetter(word.charAt(0));
  }

  /**
   * The end (exclusive) of a perpetrator phrase whose noun is at {@code noun}, with the complement the keys keep:
   * the body of "members of the Salvadoran army" (up to {@value #MAX_MODIFIERS} words after "of the") and the dress
   * of "men wearing military uniforms" / "individuals in uniform".
   */
  static int complement(List<String> w, int noun) {
    int next = noun + 1;
    if (next < w.size() && w.get(noun).equals("members") && w.get(next).equals("of")) {
      int from = next + 1 < w.size() && w.get(next + 1).equals("the") ? next + 2 : next + 1;
      int end = from;
      while (end < w.size() && end < from + MAX_MODIFIERS && !STOP.contains(w.get(end))
          && Character.isLetter(w.get(end).charAt(0))) {
        end++;
      }
      return end > from ? end : noun + 1;
    }
    if (next < w.size() && (w.get(next).equals("wearing") || w.get(next).equals("in")
        || w.get(next).equals("dressed"))) {
      for (int k = next + 1; k < w.size() && k <= next + 4; k++) {
        if (w.get(k).startsWith("uniform")) {
          return k + 1;
        }
        if (!Character.isLetter(w.get(k).charAt(0))) {
          break;
        }
      }
    }
    return noun + 1;
  }
}

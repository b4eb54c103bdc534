package org.vigil.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mention normalisation and JSON reading shared by both MUC-4 conventions, as in {@code score_muc4.py}: lower case,
 * ASCII punctuation removed, the articles a/an/the removed as words, whitespace collapsed. Thread-safe.
 */
public final class Muc4Text {
  private static final Pattern ARTICLES = PyText.wordBounded("a|an|the");

  private Muc4Text() {}

  /** {@code norm(s)}: "The \"Santo Tomas\" farm" → "santo tomas farm". */
  public static String norm(String s) {
    String lower = PyText.lower(s);
    StringBuilder b = new StringBuilder(lower.length());
    lower.codePoints().filter(cp -> !PyText.isAsciiPunctuation(cp)).forEach(b::appendCodePoint);
    return PyText.collapseSpace(ARTICLES.matcher(b).replaceAll(" "));
  }

  /**
   * {@code ents(lst)}: a JSON list of entities to lists of normalised mentions. A mention is a string or a list whose
   * first element is the string ({@code ["guerrillas", 37]}); an entity without mentions is dropped; null or a missing
   * role is an empty list.
   */
  public static List<List<String>> entities(JsonNode list) {
    List<List<String>> out = new ArrayList<>();
    if (list == null || list.isNull() || list.isMissingNode()) {
      return out;
    }
    for (JsonNode e : list) {
      List<String> mentions = new ArrayList<>();
      if (e.isTextual()) {
        // Python iterates a string entity character by character
        e.textValue().codePoints().forEach(cp -> mentions.add(norm(new String(Character.toChars(cp)))));
      } else {
        for (JsonNode m : e) {
          JsonNode s = m.isArray() ? m.get(0) : m;
          mentions.add(norm(s == null ? "" : s.asText()));
        }
      }
      if (!mentions.isEmpty()) {
        out.add(mentions);
      }
    }
    return out;
  }

  /** {@code strict(gold_e, pred_e)}: every predicted mention is one of the gold entity's mentions. */
  public static boolean strict(List<String> gold, List<String> pred) {
    return gold.containsAll(pred);
  }

  /**
   * {@code numeric_id}: MUC ids to the numeric ids of the published prediction files ("TST2-MUC4-0048" → "20048");
   * all-digit ids are kept. The training split's set "DEV" has no digit (score_muc4.py fails on it): its ids count as
   * set 0 ("DEV-MUC3-0017" → "17"), which no TST id uses, so the training split can be scored too.
   */
  public static String numericId(String docId) {
    if (!docId.isEmpty() && docId.chars().allMatch(Character::isDigit)) {
      return docId;
    }
    String[] parts = docId.split("-", -1);
    String first = parts[0];
    char last = first.isEmpty() ? 'x' : first.charAt(first.length() - 1);
    int set = last >= '0' && last <= '9' ? last - '0' : 0;
    return String.valueOf(set * 10000L + Long.parseLong(parts[parts.length - 1].strip()));
  }
}

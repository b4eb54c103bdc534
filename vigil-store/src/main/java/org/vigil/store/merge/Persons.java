package org.vigil.store.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full names of people a text mentions, as the merge compares them: runs of two or three capitalised words
 * ("Vincent Pizzolato", "Kevin J. Barbee"), keyed by their first and last word ("vincent_pizzolato"). Two reports
 * that name the same rare person almost always report the same incident, whatever the dates and towns their
 * extractions resolved (a trial months later, a follow-up datelined at the court's town). Names right after a rank
 * or an office ("Sgt. Mike Jones", "Police Chief Eddie Johnson", "District Attorney Jane Roe") are left out: the
 * same officials speak about many incidents. Runs holding a word of an organisation, a street or a place kind
 * ("Police Department", "Partridge Drive", "High School") are not people, nor is a run right before such a word
 * ("Grace Valley Hospital"), a run ending with an office ("Jacksonville Sheriff"), a car ("Dodge Charger"), a
 * credit or a byline ("DNAinfo/Jane Roe", "Photo: Jane Roe", "By Jane Roe") or a related video's title
 * ("2:21 Jane Roe sentencing"): the same hospitals, reporters and pages appear in reports of many incidents.
 * Stateless.
 */
public final class Persons {
  /** At most this many names are kept per report (the first ones in the text). */
  public static final int MAX_NAMES = 40;

  private static final Pattern WORD =
      Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*\\.?|[\\p{Ll}\\p{N}][\\p{L}\\p{N}'\u2019-]*\\.?");

  /** Words after which a name is an official's: ranks, offices, roles in a case. */
  private static final Set<String> OFFICES = Set.copyOf(List.of(("sgt sergeant lt lieutenant capt captain cpl "
      + "corporal officer detective det deputy trooper agent chief sheriff marshal commissioner superintendent "
      + "spokesman spokeswoman spokesperson attorney prosecutor judge justice coroner examiner mayor governor gov "
      + "senator sen rep representative councilman councilwoman alderman president director pastor rev reverend "
      + "reporter anchor correspondent editor dr professor principal superintendent investigator inspector "
      + "commander major col colonel gen general").split(" ")));

  /** Capitalised words that are never part of a person's name. */
  private static final Set<String> NOT_PERSON = Set.copyOf(List.of(("the a an in on at for and but or of to by with "
      + "from as it he she they we his her their this that these those there here when while after before "
      + "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
      + "august september october november december police department county city state street st road rd avenue "
      + "ave drive dr boulevard blvd lane ln court ct place way highway hwy parkway route interstate block park "
      + "school high middle elementary university college church hospital center centre medical office sheriff's "
      + "news press associated copyright rights reserved photo video click share facebook twitter email related "
      + "updated posted north south east west northeast northwest southeast southwest new fort saint san los las "
      + "lake river mount beach heights hills valley village township district division bureau court's club bar "
      + "apartments apartment mall market store restaurant hotel motel inn station airport jail prison "
      + "company inc llc corp department's authorities officials according corporation sports weather wire "
      + "general news media broadcasting channel radio network coverage photos gallery breaking times tribune "
      + "herald post journal gazette daily metropolitan metro memorial regional health trauma stoppers image "
      + "caption maps loading chronicle sun-times jr sr ii iii year fire rescue crime community resources view "
      + "full stay privacy policy never manage newsletter newsletters download whenever images your our my copy "
      + "skip google update incident report unit homicide criminal gang investigation jury grand aggravated assault "
      + "public safety flight service services marshals forensic fisheries rangers united states online television "
      + "christmas post-gazette central southern northern eastern western ad crimes tip pending comments accidental "
      + "fatal shooting shootings staff writer enforcement association force").split(" ")));

  /** What {@code before} holds when the name is a credit's. */
  private static final String CREDIT = "/";

  /** The word before a name that makes it a credit or a byline: "Photo: Jane Roe", "By Jane Roe". */
  private static final Set<String> CREDITS = Set.of("photo", "photos", "credit", "courtesy", "caption", "by");

  /** Makes of cars: "Dodge Charger", "Honda Accord" are vehicles. */
  private static final Set<String> CAR_MAKES = Set.copyOf(List.of(("dodge ford honda nissan toyota chevrolet chevy "
      + "hyundai kia buick cadillac pontiac jeep gmc mercedes bmw lexus acura chrysler mazda subaru volkswagen "
      + "infiniti oldsmobile").split(" ")));

  /**
   * Capitalised words that make the name right before them an institution's or a place's ("Grace Valley
   * Hospital", "Harbor Point Medical Center", "Elm Ridge Community Hospital", "Grant Park").
   */
  private static final Set<String> INSTITUTIONS = Set.copyOf(List.of(("hospital hospitals medical center centre "
      + "clinic school high middle elementary academy university college church chapel cathedral temple mosque "
      + "park memorial general regional community health trauma press funeral cemetery street st road rd avenue "
      + "ave drive boulevard blvd lane court ct highway parkway square plaza mall apartments homes library stadium "
      + "arena fire police department county city township crime").split(" ")));

  /** Offices that end a run of capitalised words of an institution ("Jacksonville Sheriff", "Missouri Gov."). */
  private static final Set<String> TRAILING_OFFICES = Set.copyOf(List.of(("sheriff gov governor mayor "
      + "commissioner superintendent coroner examiner prosecutor attorney officer detective deputy trooper "
      + "spokesman spokeswoman").split(" ")));

  /**
   * A related video's line of a page: its running time and its title ("2:21 Jane Roe sentencing"), up to the
   * line's end; the names in it are another story's.
   */
  private static final Pattern VIDEO = Pattern.compile("(?m)(?:^|(?<=[.!?\u201d\"] ))\\d{1,2}:\\d{2} "
      + "(?![AaPp]\\.?[Mm]\\b)(?=\\p{Lu}).*$");

  private Persons() {}

  /**
   * The full names of {@code text}, keyed {@code first_last}, lower-cased, in order of first occurrence. A name with a
   * word the text also writes in lower case is not a person's ("Close Get", "Weekend Shootings" of a Title Case
   * headline or a page's buttons).
   */
  public static Set<String> of(CharSequence text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    text = VIDEO.matcher(text).replaceAll("");
    Set<String> lower = new java.util.HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (Character.isLowerCase(m.group().charAt(0))) {
        lower.add(strip(m.group()));
      }
    }
    Set<String> all = new LinkedHashSet<>();
    of(text, all);
    for (String p : all) {
      String[] w = p.split("_");
      if (!lower.contains(w[0]) && !lower.contains(w[1])) {
        out.add(p);
      }
    }
    return out;
  }

  private static void of(CharSequence text, Set<String> out) {
    Matcher m = WORD.matcher(text);
    List<String> run = new ArrayList<>();
    String before = null;
    int lastEnd = -1;
    while (m.find() && out.size() < MAX_NAMES) {
      String w = m.group();
      boolean gapOk = lastEnd < 0 || onlySpaces(text, lastEnd, m.start());
      if (!gapOk) {
        flush(run, before, null, out);
        run.clear();
        // "DNAinfo/Jane Roe", "Photo: Jane Roe": a photographer's or a reporter's credit
        boolean credit = text.charAt(m.start() - 1) == '/' || before != null && CREDITS.contains(before)
            && ": ".equals(text.subSequence(lastEnd, m.start()).toString());
        before = credit ? CREDIT : null;
      }
      lastEnd = m.end();
      boolean cap = Character.isUpperCase(w.charAt(0));
      String bare = strip(w);
      boolean initial = cap && bare.length() == 1 && w.endsWith(".");
      if (cap && (initial || bare.length() >= 2) && !NOT_PERSON.contains(bare.toLowerCase(Locale.ROOT))
          && !allCaps(bare)) {
        run.add(w);
        if (w.endsWith(".") && !initial) {
          // "… Michael Flick." ends the sentence; "Capt." is an abbreviation before a name
          flush(run, before, null, out);
          before = bare.toLowerCase(Locale.ROOT);
          run.clear();
        }
        continue;
      }
      flush(run, before, cap ? bare.toLowerCase(Locale.ROOT) : null, out);
      run.clear();
      before = "By".equals(w) ? CREDIT : bare.toLowerCase(Locale.ROOT); // "By Jane Roe", not "shot by Jane Roe"
    }
    flush(run, before, null, out);
  }

  /**
   * Keeps the run as a name unless it is an official's (after an office), an institution's (before "Hospital",
   * "Center", "Park"…: {@code next}, the capitalised word right after it, lower-cased) or ends with an office.
   */
  private static void flush(List<String> run, String before, String next, Set<String> out) {
    List<String> words = new ArrayList<>();
    for (String w : run) {
      String b = strip(w);
      if (b.length() > 1) {
        words.add(b.toLowerCase(Locale.ROOT));
      }
    }
    // "Officer John Doe" opening a sentence is an official as much as "said Officer John Doe"
    if (words.size() < 2 || words.size() > 3 || (before != null && OFFICES.contains(before)) || CREDIT.equals(before)
        || OFFICES.contains(words.get(0)) || CAR_MAKES.contains(words.get(0))
        || TRAILING_OFFICES.contains(words.get(words.size() - 1))
        || (next != null && INSTITUTIONS.contains(next))) {
      return;
    }
    out.add(words.get(0) + "_" + words.get(words.size() - 1));
  }

  private static String strip(String w) {
    String s = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    if (s.endsWith("'s") || s.endsWith("\u2019s")) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }

  private static boolean allCaps(String w) {
    return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
  }

  private static boolean onlySpaces(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }
}

package org.vigil.geo.internal;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normalisation shared by the gazetteer builder and the runtime lookups, so that the keys written at build
 * time and the keys computed for a query always agree.
 *
 * <p>A <em>key</em> is a name folded to lower-case ASCII letters and digits: accents are removed (NFKD plus a short
 * table for letters that do not decompose, such as ß, ø, ł, ɔ), and every space, hyphen, apostrophe, period or other
 * punctuation is dropped, so "Bamakó", "bamako" and "BAMAKO" share the key {@code bamako}, and
 * "Port-au-Prince" and "Port au Prince" share {@code portauprince}. A name that contains a letter or digit outside
 * the Latin script folds to the empty string: it has no key and cannot be looked up. Stateless and thread-safe.
 */
public final class NameKey {

    private static final Pattern ADMIN_SUFFIX = Pattern.compile(
            "(?i)[\\s\\-]+(state|province|region|governorate|department|district|county|oblast|prefecture|krai)$");
    private static final Pattern ADMIN_PREFIX = Pattern.compile(
            "(?i)^(the\\s+)?(state|province|region|governorate|department|district|county|municipality|prefecture)"
                    + "\\s+of\\s+(the\\s+)?");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
    private static final Pattern COUNTY_SUFFIX = Pattern.compile(
            "(?i)[\\s\\-]+(county|parish|borough|census\\s+area|city\\s+and\\s+borough|municipality)$");
    private static final Pattern SAINT = Pattern.compile("(?i)^(st|ste)\\.?\\s+");

    private NameKey() {
    }

    /**
     * Folds a name to its key.
     *
     * @param name any text, may be null
     * @return the key, or the empty string if the name is null, has no letter or digit, or contains a non-Latin
     *     letter or digit
     */
    public static String fold(CharSequence name) {
        if (name == null || name.length() == 0) {
            return "";
        }
        String n = isAscii(name) ? name.toString() : Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c < 128) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    b.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    b.append((char) (c + ('a' - 'A')));
                }
                continue; // ASCII punctuation and spaces are dropped
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.MODIFIER_LETTER
                    || type == Character.MODIFIER_SYMBOL || type == Character.FORMAT) {
                continue; // accents, ʻokina and ʼ-style apostrophes, zero-width characters
            }
            String latin = latinLetter(c);
            if (latin != null) {
                b.append(latin);
            } else if (Character.isLetterOrDigit(c)) {
                return ""; // another script: not an ASCII-foldable name
            }
            // any other punctuation or space (’ – — « » no-break space …) is dropped
        }
        return b.toString();
    }

    /**
     * The key of a US county name: without a trailing County, Parish, Borough, Census Area, City and Borough or
     * Municipality, with a leading "St." or "Ste." written out ("St. Mary's Parish" and "Saint Marys" share
     * {@code saintmarys}), then {@linkplain #fold folded}.
     *
     * @param name a county name with or without its affix, may be null
     * @return the key, or the empty string
     */
    public static String countyKey(String name) {
        if (name == null) {
            return "";
        }
        String s = name.strip();
        String t = COUNTY_SUFFIX.matcher(s).replaceFirst("");
        if (!t.isBlank()) {
            s = t;
        }
        Matcher m = SAINT.matcher(s);
        if (m.find()) {
            s = (m.group(1).length() == 3 ? "Sainte " : "Saint ") + s.substring(m.end());
        }
        return fold(s);
    }

    /**
     * Removes one administrative affix from a first-level division name: a trailing State, Province, Region,
     * Governorate, Department, District, County, Oblast, Prefecture or Krai ("Borno State" → "Borno"), or a leading
     * "Province of" and the like ("Province of Sindh" → "Sindh"). Returns the input unchanged when nothing matches or
     * when nothing would be left.
     *
     * @param name a division name, not null
     * @return the name without its affix
     */
    public static String stripAdminAffix(String name) {
        String s = name.strip();
        String t = ADMIN_SUFFIX.matcher(s).replaceFirst("");
        if (t.equals(s)) {
            t = ADMIN_PREFIX.matcher(s).replaceFirst("");
        }
        return t.isBlank() || fold(t).isEmpty() ? s : t.strip();
    }

    /**
     * Removes a leading "the " ("the United States" → "United States"); returns the input unchanged otherwise.
     *
     * @param name not null
     * @return the name without a leading article
     */
    public static String stripLeadingThe(String name) {
        String s = name.strip();
        if (s.length() < 4 || !s.regionMatches(true, 0, "the", 0, 3)) {
            return s;
        }
        String t = LEADING_THE.matcher(s).replaceFirst("");
        return t.isBlank() ? s : t;
    }

    /**
     * Tells whether an alternate name looks like a code rather than a name: an airport or station code such as
     * "BKO" or "GABS" (two to four capital letters) or anything with a digit (postal codes, "Paris 01"). Such
     * alternate names are left out of the index; they would only add noise to lookups.
     *
     * @param alternate an alternate name as written in GeoNames, not null
     * @return true if the name should not be indexed
     */
    public static boolean looksLikeCode(String alternate) {
        String s = alternate.strip();
        if (s.length() >= 2 && s.length() <= 4 && s.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
            return true;
        }
        if (s.startsWith("http")) {
            return true;
        }
        return s.chars().anyMatch(Character::isDigit);
    }

    private static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String latinLetter(char c) {
        switch (c) {
            case 'ß': return "ss";
            case 'æ': case 'Æ': return "ae";
            case 'œ': case 'Œ': return "oe";
            case 'ø': case 'Ø': return "o";
            case 'đ': case 'Đ': case 'ð': case 'Ð': case 'ɖ': case 'Ɖ': return "d";
            case 'þ': case 'Þ': return "th";
            case 'ł': case 'Ł': return "l";
            case 'ı': return "i";
            case 'ħ': case 'Ħ': return "h";
            case 'ŋ': case 'Ŋ': case 'ɲ': case 'Ɲ': return "n";
            case 'ſ': return "s";
            case 'ĸ': return "k";
            case 'ɔ': case 'Ɔ': return "o";
            case 'ɛ': case 'Ɛ': case 'ə': case 'Ə': return "e";
            case 'ƒ': return "f";
            case 'ɓ': case 'Ɓ': return "b";
            case 'ƙ': case 'Ƙ': return "k";
            case 'ƴ': case 'Ƴ': return "y";
            case 'ʒ': case 'Ʒ': return "z";
            default: return null;
        }
    }
}

package org.vigil.store.merge;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the sentences of a web page's furniture from its story: the sign-up, notification, paywall and copyright
 * lines that a site prints on every page ("We have sent you a verification email. Please check your email and click
 * on the link …", "Whenever Jane Roe posts new content, you'll get an email delivered to your inbox", "Copyright 2016
 * … All rights reserved."). When the pipeline takes such lines for an incident's sentences, two unrelated stories of
 * one site, or of two sites of one publisher, share most of their words and the staff names in them, so the merge
 * leaves them out of a report's words ({@link ReportFeatures#of}). A sentence is furniture when it has one word that
 * only page furniture uses ("inbox", "javascript", "newsletter", "all rights reserved") or two that it mostly uses
 * ("email", "click", "link", "notification"). Stateless.
 */
public final class Furniture {
  /** Words that, alone, mark a sentence as page furniture. */
  private static final Pattern STRONG = Pattern.compile("\\b(inbox|javascript|newsletters?|unsubscribe|subscri\\w+|"
      + "verification|cookies|passwords?|browsers?|copyright|all rights reserved|sign(?:ing)? up|log(?:ging)? in)\\b");

  /** Words that mark a sentence as page furniture when two different ones are in it. */
  private static final Pattern WEAK = Pattern.compile("\\b(e-?mails?|click\\w*|links?|notifications?|profile|"
      + "account|spam|junk|folder|saved|saving|share|facebook|twitter|download|app|alerts?|content)\\b");

  private Furniture() {}

  /** True when {@code sentence} reads as a web page's furniture, not as a story's. */
  public static boolean of(CharSequence sentence) {
    if (sentence == null) {
      return false;
    }
    String s = sentence.toString().toLowerCase(Locale.ROOT);
    if (STRONG.matcher(s).find()) {
      return true;
    }
    Matcher m = WEAK.matcher(s);
    String first = null;
    while (m.find()) {
      String w = m.group(1);
      if (first == null) {
        first = w;
      } else if (!w.equals(first)) {
        return true;
      }
    }
    return false;
  }
}

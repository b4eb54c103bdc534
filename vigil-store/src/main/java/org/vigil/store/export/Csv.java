package org.vigil.store.export;

import java.io.PrintWriter;
import java.util.List;

/** RFC 4180 CSV lines: fields with a comma, quote or line break are quoted, quotes doubled; null is empty. */
final class Csv {
  private Csv() {}

  static void line(PrintWriter out, List<?> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      Object f = fields.get(i);
      String s = f == null ? "" : f.toString();
      if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
        b.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        b.append(s);
      }
    }
    out.print(b.append("\r\n"));
  }
}

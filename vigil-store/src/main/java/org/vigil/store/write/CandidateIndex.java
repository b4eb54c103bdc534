package org.vigil.store.write;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The writer's in-memory copy of what the merge's full-text routes read (SQLite): each incident's window of days, its
 * members' firm-day range and the stemmed words of its search text ({@link FtsTokens}, the words FTS5 indexes), with a
 * list of incidents per word. {@link CandidateFinder} answers the text and person routes here instead of querying
 * FTS5, whose cost grows with its number of segments (one per merge), with the same answers: the same matches, the
 * same window test, newest first, the same limits.
 *
 * <p>A cache only: loaded whole from {@code incidents} on first use, kept current by {@link #put} for every incident
 * row the writer writes, and dropped by {@link #clear()} after a rollback or when another process wrote to the store,
 * so a killed writer loses nothing. The word ids themselves are kept in the store (V45: {@code search_words}, and
 * each incident's ids written with its row), in the writer's transaction, so that a load reads ids instead of
 * stemming and hashing every word again. Words of more than {@link #DENSE} incidents also get a bit set, so that the
 * intersection of two common words of a name costs a scan of bits, not of their lists. Not thread-safe: one per
 * writer.
 */
final class CandidateIndex {
  /** Absent value of a day column. */
  static final int NONE = Integer.MIN_VALUE;
  /** Words in more incidents than this get a bit set besides their list. */
  static final int DENSE = 4096;

  private boolean loaded;
  /** CPU time of the loading thread spent in {@link #load}, summed over loads. */
  private long loadCpuNanos;
  /** The highest incident id recorded (-1: none): the bit sets are read from there down. */
  private int maxId = -1;
  private int[] windowStart = new int[0];
  private int[] windowEnd = new int[0];
  private int[] firmMin = new int[0];
  private int[] firmMax = new int[0];
  /** Per incident: the ids of its words, sorted. */
  private int[][] words = new int[0][];
  /** Word ids by stem, and by token as written (lower case), so that a token is stemmed once. */
  private final WordTable stems = new WordTable();
  private final WordTable tokens = new WordTable();
  /** Scratch space of {@link #ids}: a token's lower-case characters, the text's word ids. */
  private char[] token = new char[64];
  private int[] scratch = new int[256];
  private int wordCount;
  /** Words with an id below this are in {@code search_words}; {@link #fresh} holds the stems of the next ones. */
  private int persisted;
  private final java.util.List<String> fresh = new java.util.ArrayList<>();
  /** Per word: incidents that have (or had: an entry is checked against {@link #words}) it, in order of addition. */
  private int[][] lists = new int[0][];
  private int[] listSizes = new int[0];
  /** Per word: its bit set over incident ids once it is {@link #DENSE}, else null. */
  private long[][] bits = new long[0][];

  /** True once loaded. */
  boolean loaded() {
    return loaded;
  }

  /** Forgets everything; the next {@link #load} reads the store again. */
  void clear() {
    loaded = false;
    maxId = -1;
    windowStart = new int[0];
    windowEnd = new int[0];
    firmMin = new int[0];
    firmMax = new int[0];
    words = new int[0][];
    stems.clear();
    tokens.clear();
    wordCount = 0;
    persisted = 0;
    fresh.clear();
    lists = new int[0][];
    listSizes = new int[0];
    bits = new long[0][];
  }

  /** CPU time spent loading so far (the loading thread's). */
  long loadCpuNanos() {
    return loadCpuNanos;
  }

  /**
   * Reads every incident of the store (as this transaction sees it) unless loaded: the word ids of {@code
   * search_words} and each incident's stored ids ({@code incidents.search_words}). An incident stored without them
   * (before V45) is stemmed from its search text, and its ids are written back in this transaction, so that the next
   * load reads them.
   */
  void load(Statements st) throws SQLException {
    if (loaded) {
      return;
    }
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    try (ResultSet rs = st.prepare("SELECT id, stem FROM search_words ORDER BY id").executeQuery()) {
      while (rs.next()) {
        if (rs.getInt(1) != wordCount || wordId(rs.getString(2)) != rs.getInt(1)) {
          throw new IllegalStateException("search_words: ids not 0, 1, 2, … or a stem twice at id " + rs.getInt(1));
        }
      }
    }
    fresh.clear();
    persisted = wordCount;
    int[] unstored = new int[0];
    int n = 0;
    PreparedStatement ps = st.prepare("SELECT id, window_start, window_end, firm_day_min, firm_day_max, "
        + "search_words, CASE WHEN search_words IS NULL THEN search_text END FROM incidents");
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        byte[] stored = rs.getBytes(6);
        int id = rs.getInt(1);
        if (stored == null) {
          if (n == unstored.length) {
            unstored = Arrays.copyOf(unstored, Math.max(1024, n * 2));
          }
          unstored[n++] = id;
        }
        row(id, day(rs, 2), day(rs, 3), day(rs, 4), day(rs, 5));
        words[id] = stored != null ? WordIds.decode(stored) : ids(rs.getString(7));
      }
    }
    postings();
    PreparedStatement up = st.prepare("UPDATE incidents SET search_words = ? WHERE id = ?");
    for (int i = 0; i < n; i++) {
      up.setBytes(1, WordIds.encode(words[unstored[i]]));
      up.setInt(2, unstored[i]);
      up.addBatch();
      if (i % 10_000 == 9_999 || i == n - 1) {
        up.executeBatch();
      }
    }
    loaded = true;
    loadCpuNanos += threads.getCurrentThreadCpuTime() - cpu;
  }

  /** Writes the words first used since the last flush to {@code search_words}; call before the commit. */
  void flush(Statements st) throws SQLException {
    if (!loaded || fresh.isEmpty()) {
      return;
    }
    PreparedStatement ps = st.prepare("INSERT INTO search_words (id, stem) VALUES (?, ?)");
    for (int i = 0; i < fresh.size(); i++) {
      ps.setInt(1, persisted + i);
      ps.setString(2, fresh.get(i));
      ps.addBatch();
    }
    ps.executeBatch();
    persisted += fresh.size();
    fresh.clear();
  }

  private static Long day(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  /** Records an incident row as written (new or rewritten), stemming its search text. */
  void put(long incidentId, Long wStart, Long wEnd, Long fMin, Long fMax, String searchText) {
    put(incidentId, wStart, wEnd, fMin, fMax, ids(searchText));
  }

  /** Records an incident row as written (new or rewritten) with the word ids of its search text ({@link #ids}). */
  void put(long incidentId, Long wStart, Long wEnd, Long fMin, Long fMax, int[] now) {
    int id = row(incidentId, wStart, wEnd, fMin, fMax);
    int[] old = words[id];
    words[id] = now;
    for (int w : now) {
      if (old == null || Arrays.binarySearch(old, w) < 0) {
        addPosting(w, id);
      }
    }
    if (old != null) {
      for (int w : old) {
        long[] b = bits[w];
        if (b != null && Arrays.binarySearch(now, w) < 0) {
          b[id >>> 6] &= ~(1L << id); // the list keeps a stale entry, checked against words[] when read
        }
      }
    }
  }

  /** Records an incident's days (not its words); returns its id as an index. */
  private int row(long incidentId, Long wStart, Long wEnd, Long fMin, Long fMax) {
    int id = Math.toIntExact(incidentId);
    grow(id + 1);
    maxId = Math.max(maxId, id);
    windowStart[id] = wStart == null ? NONE : Math.toIntExact(wStart);
    windowEnd[id] = wEnd == null ? NONE : Math.toIntExact(wEnd);
    firmMin[id] = fMin == null ? NONE : Math.toIntExact(fMin);
    firmMax[id] = fMax == null ? NONE : Math.toIntExact(fMax);
    return id;
  }

  /**
   * Builds every word's list of incidents (and bit set) from {@link #words} at once, as {@link #put} would one
   * incident at a time in id order: counted first, so that each list is allocated once at its size.
   */
  private void postings() {
    int[] counts = new int[wordCount];
    for (int[] ws : words) {
      if (ws != null) {
        for (int w : ws) {
          counts[w]++;
        }
      }
    }
    int n = Math.max(1024, wordCount + (wordCount >> 2));
    lists = new int[n][];
    listSizes = new int[n];
    bits = new long[n][];
    for (int w = 0; w < wordCount; w++) {
      lists[w] = new int[Math.max(2, counts[w])];
    }
    for (int id = 0; id < words.length; id++) {
      if (words[id] != null) {
        for (int w : words[id]) {
          lists[w][listSizes[w]++] = id;
        }
      }
    }
    for (int w = 0; w < wordCount; w++) {
      if (listSizes[w] > DENSE) {
        long[] b = new long[(windowStart.length >>> 6) + 1];
        for (int i = 0; i < listSizes[w]; i++) {
          b[lists[w][i] >>> 6] |= 1L << lists[w][i];
        }
        bits[w] = b;
      }
    }
  }

  /**
   * The sorted, distinct word ids of a search text: its tokens as {@link FtsTokens#tokens} cuts them, each looked up
   * from a buffer (a String is made only for a token not seen before, to stem it). A stem seen for the first time
   * gets the next id, written to {@code search_words} by {@link #flush}.
   */
  int[] ids(String text) {
    int count = 0;
    int n = text == null ? 0 : text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !FtsTokens.tokenChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean ascii = true;
      while (i < n && FtsTokens.tokenChar(text.charAt(i))) {
        ascii &= text.charAt(i) < 0x80;
        i++;
      }
      int len = i - start;
      if (len == 0) {
        continue;
      }
      int w;
      if (ascii) {
        if (len > token.length) {
          token = new char[len * 2];
        }
        for (int j = 0; j < len; j++) {
          char c = text.charAt(start + j);
          token[j] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        w = tokenId(token, len);
      } else {
        String folded = FtsTokens.fold(text.substring(start, i));
        if (folded.isEmpty()) {
          continue;
        }
        w = tokenId(folded.toCharArray(), folded.length());
      }
      if (count == scratch.length) {
        scratch = Arrays.copyOf(scratch, count * 2);
      }
      scratch[count++] = w;
    }
    Arrays.sort(scratch, 0, count);
    int distinct = 0;
    for (int k = 0; k < count; k++) {
      if (distinct == 0 || scratch[k] != scratch[distinct - 1]) {
        scratch[distinct++] = scratch[k];
      }
    }
    return Arrays.copyOf(scratch, distinct);
  }

  /** The word id of the (lower-case) token {@code buf[0, len)}, stemmed the first time it is seen. */
  private int tokenId(char[] buf, int len) {
    int h = WordTable.hash(buf, 0, len);
    int w = tokens.get(buf, 0, len, h);
    if (w < 0) {
      w = wordId(FtsTokens.stem(new String(buf, 0, len)));
      tokens.put(buf, 0, len, h, w);
    }
    return w;
  }

  private int wordId(String stem) {
    int w = stems.get(stem);
    if (w < 0) {
      w = wordCount++;
      stems.put(stem, w);
      fresh.add(stem);
      if (w == lists.length) {
        int n = Math.max(1024, w * 2);
        lists = Arrays.copyOf(lists, n);
        listSizes = Arrays.copyOf(listSizes, n);
        bits = Arrays.copyOf(bits, n);
      }
      lists[w] = new int[2];
    }
    return w;
  }

  /**
   * Adds incident {@code id} to word {@code w}'s list. A list without a bit set is kept in ascending order of id
   * without repeats (an entry left stale by {@link #put} counts again), so that {@link #newest} reads it from the
   * newest end and stops at its limit; a list with a bit set is only appended to (it is never read as the driver).
   */
  private void addPosting(int w, int id) {
    int size = listSizes[w];
    int[] list = lists[w];
    long[] b = bits[w];
    if (b != null) {
      if (size == list.length) {
        list = Arrays.copyOf(list, size * 2);
        lists[w] = list;
      }
      list[size] = id;
      listSizes[w] = size + 1;
      if ((id >>> 6) >= b.length) {
        b = Arrays.copyOf(b, Math.max(b.length * 2, (id >>> 6) + 1));
        bits[w] = b;
      }
      b[id >>> 6] |= 1L << id;
      return;
    }
    int at = size;
    if (size > 0 && list[size - 1] >= id) {
      int found = Arrays.binarySearch(list, 0, size, id);
      if (found >= 0) {
        return; // a stale entry: the incident has the word again
      }
      at = -found - 1;
    }
    if (size == list.length) {
      list = Arrays.copyOf(list, size * 2);
      lists[w] = list;
    }
    System.arraycopy(list, at, list, at + 1, size - at);
    list[at] = id;
    listSizes[w] = size + 1;
    if (size + 1 > DENSE) {
      b = new long[(windowStart.length >>> 6) + 1];
      for (int i = 0; i <= size; i++) {
        if (has(list[i], w)) {
          b[list[i] >>> 6] |= 1L << list[i];
        }
      }
      bits[w] = b;
    }
  }

  private void grow(int size) {
    if (size <= windowStart.length) {
      return;
    }
    int n = Math.max(size, windowStart.length + (windowStart.length >> 1) + 1024);
    int old = windowStart.length;
    windowStart = Arrays.copyOf(windowStart, n);
    windowEnd = Arrays.copyOf(windowEnd, n);
    firmMin = Arrays.copyOf(firmMin, n);
    firmMax = Arrays.copyOf(firmMax, n);
    words = Arrays.copyOf(words, n);
    Arrays.fill(windowStart, old, n, NONE);
    Arrays.fill(windowEnd, old, n, NONE);
    Arrays.fill(firmMin, old, n, NONE);
    Arrays.fill(firmMax, old, n, NONE);
  }

  private static boolean bit(long[] b, int id) {
    return (id >>> 6) < b.length && (b[id >>> 6] & (1L << id)) != 0;
  }

  /** True when incident {@code id} now has word {@code w}. */
  private boolean has(int id, int w) {
    return id < words.length && words[id] != null && Arrays.binarySearch(words[id], w) >= 0;
  }

  /** The id of a stemmed word, or -1 when no incident ever had it. */
  int word(String stem) {
    return stems.get(stem);
  }

  int firmMin(long id) {
    return firmMin[(int) id];
  }

  int firmMax(long id) {
    return firmMax[(int) id];
  }

  /** SQL's {@code window_start BETWEEN lo AND hi AND window_end >= end} (false for a null window). */
  private boolean inWindow(int id, long lo, long hi, long end) {
    int s = windowStart[id];
    return s != NONE && s >= lo && s <= hi && windowEnd[id] != NONE && windowEnd[id] >= end;
  }

  /**
   * The newest (highest id) {@code limit} incidents in the window that have every one of {@code all} (word ids; -1:
   * a word no incident has), descending.
   */
  long[] newest(int[] all, long lo, long hi, long end, int limit) {
    for (int w : all) {
      if (w < 0) {
        return new long[0];
      }
    }
    // drive by the shortest list, or by the bit sets when every word has one
    int driver = -1;
    boolean allDense = true;
    for (int w : all) {
      allDense &= bits[w] != null;
      if (driver < 0 || listSizes[w] < listSizes[driver]) {
        driver = w;
      }
    }
    long[] out = new long[limit];
    int n = 0;
    if (allDense) {
      int top = Math.min(maxId, (bits[all[0]].length << 6) - 1); // no bit is set above the highest id
      for (int word = top >>> 6; word >= 0 && n < limit; word--) {
        long m = -1L;
        for (int w : all) {
          long[] b = bits[w];
          m &= word < b.length ? b[word] : 0L;
        }
        while (m != 0 && n < limit) {
          int bit = 63 - Long.numberOfLeadingZeros(m);
          m &= ~(1L << bit);
          int id = (word << 6) | bit;
          if (inWindow(id, lo, hi, end)) {
            out[n++] = id;
          }
        }
      }
      return Arrays.copyOf(out, n);
    }
    int[] list = lists[driver]; // ascending ids without repeats (addPosting): read from the newest end
    for (int i = listSizes[driver] - 1; i >= 0 && n < limit; i--) {
      int id = list[i];
      if (!inWindow(id, lo, hi, end)) {
        continue;
      }
      boolean match = true;
      for (int w : all) {
        long[] b = bits[w];
        match &= b != null && w != driver ? bit(b, id) : has(id, w);
      }
      if (match) {
        out[n++] = id;
      }
    }
    return Arrays.copyOf(out, n);
  }
}

package org.vigil.store.write;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The writer's in-memory copy of what the merge's full-text routes read (SQLite): each incident's window of days, its
 * members' firm-day range and the stemmed words of its search text ({@link FtsTokens}, the words FTS5 indexes), with a
 * list of incidents per word. {@link CandidateFinder} answers the text and person routes here instead of querying
 * FTS5, whose cost grows with its number of segments (one per merge), with the same answers: the same matches, the
 * same window test, newest first, the same limits.
 *
 * <p>A cache only: loaded whole from {@code incidents} on first use, kept current by {@link #put} for every incident
 * row the writer writes, and dropped by {@link #clear()} after a rollback or when another process wrote to the store,
 * so a killed writer loses nothing. Words of more than {@link #DENSE} incidents also get a bit set, so that the
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
  private int[] windowStart = new int[0];
  private int[] windowEnd = new int[0];
  private int[] firmMin = new int[0];
  private int[] firmMax = new int[0];
  /** Per incident: the ids of its words, sorted. */
  private int[][] words = new int[0][];
  /** Word ids by stem, and by token as written (lower case), so that a token is stemmed once. */
  private final Map<String, Integer> wordIds = new HashMap<>();
  private final Map<String, Integer> tokenIds = new HashMap<>();
  private int wordCount;
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
    windowStart = new int[0];
    windowEnd = new int[0];
    firmMin = new int[0];
    firmMax = new int[0];
    words = new int[0][];
    wordIds.clear();
    tokenIds.clear();
    wordCount = 0;
    lists = new int[0][];
    listSizes = new int[0];
    bits = new long[0][];
  }

  /** CPU time spent loading so far (the loading thread's). */
  long loadCpuNanos() {
    return loadCpuNanos;
  }

  /** Reads every incident of the store (as this transaction sees it) unless loaded. */
  void load(Statements st) throws SQLException {
    if (loaded) {
      return;
    }
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    PreparedStatement ps = st.prepare(
        "SELECT id, window_start, window_end, firm_day_min, firm_day_max, search_text FROM incidents");
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        put(rs.getLong(1), day(rs, 2), day(rs, 3), day(rs, 4), day(rs, 5), rs.getString(6));
      }
    }
    loaded = true;
    loadCpuNanos += threads.getCurrentThreadCpuTime() - cpu;
  }

  private static Long day(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  /** Records an incident row as written (new or rewritten). */
  void put(long incidentId, Long wStart, Long wEnd, Long fMin, Long fMax, String searchText) {
    int id = Math.toIntExact(incidentId);
    grow(id + 1);
    windowStart[id] = wStart == null ? NONE : Math.toIntExact(wStart);
    windowEnd[id] = wEnd == null ? NONE : Math.toIntExact(wEnd);
    firmMin[id] = fMin == null ? NONE : Math.toIntExact(fMin);
    firmMax[id] = fMax == null ? NONE : Math.toIntExact(fMax);
    int[] old = words[id];
    int[] now = wordIds(searchText);
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

  /** The sorted, distinct word ids of a search text. */
  private int[] wordIds(String text) {
    List<String> tokens = FtsTokens.tokens(text);
    int[] ids = new int[tokens.size()];
    for (int i = 0; i < ids.length; i++) {
      String t = tokens.get(i);
      Integer w = tokenIds.get(t);
      if (w == null) {
        w = wordId(FtsTokens.stem(t));
        tokenIds.put(t, w);
      }
      ids[i] = w;
    }
    Arrays.sort(ids);
    int n = 0;
    for (int i = 0; i < ids.length; i++) {
      if (n == 0 || ids[i] != ids[n - 1]) {
        ids[n++] = ids[i];
      }
    }
    return n == ids.length ? ids : Arrays.copyOf(ids, n);
  }

  private int wordId(String stem) {
    Integer w = wordIds.get(stem);
    if (w == null) {
      w = wordCount++;
      wordIds.put(stem, w);
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

  private void addPosting(int w, int id) {
    int size = listSizes[w];
    int[] list = lists[w];
    if (size == list.length) {
      list = Arrays.copyOf(list, size * 2);
      lists[w] = list;
    }
    list[size] = id;
    listSizes[w] = size + 1;
    long[] b = bits[w];
    if (b == null && size + 1 > DENSE) {
      b = new long[(windowStart.length >>> 6) + 1];
      for (int i = 0; i <= size; i++) {
        if (has(list[i], w)) {
          b[list[i] >>> 6] |= 1L << list[i];
        }
      }
      bits[w] = b;
    } else if (b != null) {
      if ((id >>> 6) >= b.length) {
        b = Arrays.copyOf(b, Math.max(b.length * 2, (id >>> 6) + 1));
        bits[w] = b;
      }
      b[id >>> 6] |= 1L << id;
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
    Integer w = wordIds.get(stem);
    return w == null ? -1 : w;
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
      int top = Math.min(windowStart.length - 1, (bits[all[0]].length << 6) - 1);
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
    int[] list = lists[driver];
    int size = listSizes[driver];
    int[] found = new int[Math.min(size, 64)];
    int k = 0;
    for (int i = 0; i < size; i++) {
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
        if (k == found.length) {
          found = Arrays.copyOf(found, k * 2);
        }
        found[k++] = id;
      }
    }
    Arrays.sort(found, 0, k);
    for (int i = k - 1; i >= 0 && n < limit; i--) {
      if (i == k - 1 || found[i] != found[i + 1]) {
        out[n++] = found[i];
      }
    }
    return Arrays.copyOf(out, n);
  }
}

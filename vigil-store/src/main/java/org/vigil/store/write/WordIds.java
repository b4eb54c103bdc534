package org.vigil.store.write;

import java.util.Arrays;

/**
 * An incident's word ids as {@code incidents.search_words} holds them (V45): sorted ids, each stored as its gap from
 * the previous one in unsigned LEB128 (seven bits a byte, the high bit set on every byte but an id's last), so that
 * the ids of a search text take a byte or two each. Stateless.
 */
final class WordIds {
  private WordIds() {}

  /** Sorted word ids as stored in {@code incidents.search_words}: the gaps between them as unsigned LEB128. */
  static byte[] encode(int[] ids) {
    byte[] out = new byte[ids.length * 5];
    int n = 0;
    int previous = -1;
    for (int id : ids) {
      int v = id - previous - 1;
      previous = id;
      while ((v & ~0x7F) != 0) {
        out[n++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      out[n++] = (byte) v;
    }
    return Arrays.copyOf(out, n);
  }

  /** The word ids {@link #encode} stored. */
  static int[] decode(byte[] b) {
    int count = 0;
    for (byte x : b) {
      count += x >= 0 ? 1 : 0; // one byte without the continuation bit ends each id
    }
    int[] out = new int[count];
    int previous = -1;
    int i = 0;
    for (int k = 0; k < count; k++) {
      int v = 0;
      int shift = 0;
      byte x;
      do {
        x = b[i++];
        v |= (x & 0x7F) << shift;
        shift += 7;
      } while (x < 0);
      previous += v + 1;
      out[k] = previous;
    }
    return out;
  }
}

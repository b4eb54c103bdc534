package org.vigil.store.write;

import java.util.Arrays;

/**
 * A map from words to ints without an object per word: the words' characters in one array, an open-addressing table
 * of entry numbers, and the values in another array. A word is looked up from a slice of a buffer, so reading a text
 * creates no String per token. {@link CandidateIndex} keeps millions of words (a million incidents' stems and
 * tokens); as {@code HashMap<String, Integer>} entries they cost a hash-map node, a String, its bytes and an Integer
 * each (about 100 bytes and four objects a word), and hashing them was most of the index's load, with the garbage
 * collector copying them as the heap grew. Not thread-safe.
 */
final class WordTable {
  /** Characters of every word, one after the other. */
  private char[] chars = new char[1 << 16];
  private int used;
  /** Per entry: where its word starts in {@link #chars}, its length, its hash and its value. */
  private int[] starts = new int[1 << 10];
  private int[] lengths = new int[1 << 10];
  private int[] hashes = new int[1 << 10];
  private int[] values = new int[1 << 10];
  private int size;
  /** Open addressing (linear probing): entry number + 1 per slot, 0 when free; at most half full. */
  private int[] slots = new int[1 << 11];

  /** Number of words. */
  int size() {
    return size;
  }

  /** The hash of {@code buf[off, off + len)}, as {@link #get} and {@link #put} expect it. */
  static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    return mix(h);
  }

  /** The hash of a String's characters, the same as {@link #hash(char[], int, int)} of them. */
  static int hash(CharSequence s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return mix(h);
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 15);
  }

  /** The value of the word {@code buf[off, off + len)} with hash {@code h}, or -1 when absent. */
  int get(char[] buf, int off, int len, int h) {
    int mask = slots.length - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int e = slots[s] - 1;
      if (e < 0) {
        return -1;
      }
      if (hashes[e] == h && lengths[e] == len
          && Arrays.equals(chars, starts[e], starts[e] + len, buf, off, off + len)) {
        return values[e];
      }
    }
  }

  /** The value of {@code word}, or -1 when absent. */
  int get(String word) {
    char[] w = word.toCharArray();
    return get(w, 0, w.length, hash(w, 0, w.length));
  }

  /** Adds a word that is not in the table yet (callers {@link #get} first) with its value. */
  void put(char[] buf, int off, int len, int h, int value) {
    if (used + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
    }
    System.arraycopy(buf, off, chars, used, len);
    if (size == starts.length) {
      int n = size * 2;
      starts = Arrays.copyOf(starts, n);
      lengths = Arrays.copyOf(lengths, n);
      hashes = Arrays.copyOf(hashes, n);
      values = Arrays.copyOf(values, n);
    }
    starts[size] = used;
    lengths[size] = len;
    hashes[size] = h;
    values[size] = value;
    used += len;
    size++;
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    } else {
      insert(size - 1);
    }
  }

  /** Adds a word that is not in the table yet with its value. */
  void put(String word, int value) {
    char[] w = word.toCharArray();
    put(w, 0, w.length, hash(w, 0, w.length), value);
  }

  private void insert(int e) {
    int mask = slots.length - 1;
    int s = hashes[e] & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = e + 1;
  }

  private void rehash(int n) {
    slots = new int[n];
    for (int e = 0; e < size; e++) {
      insert(e);
    }
  }

  /** Forgets every word. */
  void clear() {
    chars = new char[1 << 16];
    used = 0;
    starts = new int[1 << 10];
    lengths = new int[1 << 10];
    hashes = new int[1 << 10];
    values = new int[1 << 10];
    size = 0;
    slots = new int[1 << 11];
  }
}

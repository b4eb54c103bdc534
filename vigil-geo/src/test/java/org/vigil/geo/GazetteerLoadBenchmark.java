package org.vigil.geo;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Not a test: measures {@link Gazetteer#loadBundled()} time and retained heap. Run after a build with
 * {@code java -Xmx128m -cp vigil-geo/target/classes:vigil-geo/target/test-classes
 * org.vigil.geo.GazetteerLoadBenchmark [runs]}. The first figure is a cold JVM, the rest are warm.
 */
public final class GazetteerLoadBenchmark {

    private GazetteerLoadBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        Gazetteer kept = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Gazetteer g = Gazetteer.loadBundled();
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("load %d: %d ms (%s)%n", i + 1, ms, i == 0 ? "cold JVM" : "warm");
            kept = g;
        }
        kept = null;
        System.gc();
        before = memory.getHeapMemoryUsage().getUsed();
        kept = Gazetteer.loadBundled();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("retained heap of one instance: %.1f MB (%d entries); max heap %d MB%n",
                (after - before) / 1e6, kept.size(), Runtime.getRuntime().maxMemory() / 1_000_000);
    }
}

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * The live heap of the server's in-memory world data (org.casillero.geo.GeoCatalog built from the
 * bundled countries, states and cities), for bench/suite.sh.
 *
 * <p>java -XX:+UseSerialGC -cp CLASSES GeoHeap.java, where CLASSES holds the packaged server's classes
 * and resources (its BOOT-INF/classes): builds the catalog once (class loading, static data), drops it,
 * then measures the heap in use after a full GC without a catalog and with one (the rows it was built
 * from dropped). Prints one JSON line: the catalog's live bytes and MiB and the second build's time.
 */
public class GeoHeap {
    public static void main(String[] args) throws Exception {
        Class<?> bundled = Class.forName("org.casillero.geo.BundledGeoData");
        Method read = bundled.getDeclaredMethod("read");
        read.setAccessible(true);
        Class<?> data = read.getReturnType();
        Class<?> catalog = Class.forName("org.casillero.geo.GeoCatalog");
        Builder builder = builder(catalog, data);

        Object warmUp = builder.build(read.invoke(null));
        Reference.reachabilityFence(warmUp);
        warmUp = null;
        long without = usedAfterGc();

        Object rows = read.invoke(null);
        long started = System.nanoTime();
        Object built = builder.build(rows);
        long buildNanos = System.nanoTime() - started;
        rows = null;
        long with = usedAfterGc();
        Reference.reachabilityFence(built);

        long bytes = with - without;
        System.out.printf(
                "{\"live_bytes\": %d, \"live_mib\": %.2f, \"build_ms\": %.1f, \"gc\": \"%s\"}%n",
                bytes,
                bytes / 1048576.0,
                buildNanos / 1e6,
                ManagementFactory.getGarbageCollectorMXBeans().getFirst().getName());
    }

    interface Builder {
        Object build(Object data) throws Exception;
    }

    /** The catalog's constructor or static factory that takes (long version, GeoData data). */
    private static Builder builder(Class<?> catalog, Class<?> data) throws Exception {
        for (Constructor<?> c : catalog.getDeclaredConstructors()) {
            if (c.getParameterCount() == 2
                    && c.getParameterTypes()[0] == long.class
                    && c.getParameterTypes()[1] == data) {
                c.setAccessible(true);
                return rows -> c.newInstance(1L, rows);
            }
        }
        for (Method m : catalog.getDeclaredMethods()) {
            if (Modifier.isStatic(m.getModifiers())
                    && m.getReturnType() == catalog
                    && m.getParameterCount() == 2
                    && m.getParameterTypes()[0] == long.class
                    && m.getParameterTypes()[1] == data) {
                m.setAccessible(true);
                return rows -> m.invoke(null, 1L, rows);
            }
        }
        throw new IllegalStateException("GeoCatalog has no (long, GeoData) constructor or factory");
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}

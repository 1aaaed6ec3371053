package org.casillero.geo;

import java.nio.charset.StandardCharsets;
import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Every city in primitive arrays: ordered by state (in the catalog's order of states), then by name
 * (the catalog's collator, then by code), so that a state's cities are one slice [from, to); the
 * names in one UTF-8 pool; a lookup by code is a binary search over the positions sorted by code.
 * About 25 bytes a city, where a record with its name and its map entry took about 110.
 */
final class CityTable {
    /** The slice of the state at position s is [from[s], from[s + 1]). */
    private final int[] from;

    private final int[] codes;
    private final int[] nameFrom;
    private final byte[] names;
    /** The positions, by ascending code. */
    private final int[] byCode;

    /**
     * @param statePosition a state code's position in the catalog's order of states, negative for none
     */
    CityTable(List<City> cities, IntUnaryOperator statePosition, int stateCount, Collator byName) {
        int n = cities.size();
        int[] state = new int[n];
        CollationKey[] keys = new CollationKey[n];
        for (int i = 0; i < n; i++) {
            City city = cities.get(i);
            state[i] = statePosition.applyAsInt(city.stateCode());
            if (state[i] < 0) {
                throw new IllegalStateException("City " + city.code() + " has no state " + city.stateCode());
            }
            // One collation key per city sorts faster than the collator comparing names again and again.
            keys[i] = byName.getCollationKey(city.name());
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(
                order,
                Comparator.<Integer>comparingInt(i -> state[i])
                        .thenComparing(i -> keys[i])
                        .thenComparingInt(i -> cities.get(i).code()));
        from = new int[stateCount + 1];
        codes = new int[n];
        nameFrom = new int[n + 1];
        byte[][] encoded = new byte[n][];
        for (int p = 0; p < n; p++) {
            City city = cities.get(order[p]);
            codes[p] = city.code();
            from[state[order[p]] + 1]++;
            encoded[p] = city.name().getBytes(StandardCharsets.UTF_8);
            nameFrom[p + 1] = nameFrom[p] + encoded[p].length;
        }
        for (int s = 0; s < stateCount; s++) {
            from[s + 1] += from[s];
        }
        names = new byte[nameFrom[n]];
        for (int p = 0; p < n; p++) {
            System.arraycopy(encoded[p], 0, names, nameFrom[p], encoded[p].length);
        }
        byCode = GeoCatalog.ascending(n, p -> codes[p]);
    }

    int from(int state) {
        return from[state];
    }

    int to(int state) {
        return from[state + 1];
    }

    int code(int position) {
        return codes[position];
    }

    String name(int position) {
        return new String(
                names, nameFrom[position], nameFrom[position + 1] - nameFrom[position], StandardCharsets.UTF_8);
    }

    /** The position of the city with this code, or -1. */
    int position(int code) {
        int lo = 0;
        int hi = byCode.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = codes[byCode[mid]];
            if (at < code) {
                lo = mid + 1;
            } else if (at > code) {
                hi = mid - 1;
            } else {
                return byCode[mid];
            }
        }
        return -1;
    }

    /** The state whose slice holds this position: the last one whose slice starts at or before it. */
    int state(int position) {
        int lo = 0;
        int hi = from.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (from[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}

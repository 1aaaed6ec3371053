package org.casillero.shipment;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list kept in order of a time, then an id (oldest first, or newest first), and where
 * the next page starts: null when this page is the last. A page is read by its position, never by an offset, so that items added
 * or decided meanwhile neither repeat nor go missing, and a page costs the same wherever it is.
 */
public record Page<T>(List<T> items, @Nullable Position next) {
    public Page {
        items = List.copyOf(items);
    }

    /** A place in such a list: right after (past) the item of this time and id. */
    public record Position(Instant at, long id) {}

    /**
     * The page of at most {@code limit} items out of {@code fetched}, which holds one item more when
     * more follow (the lists read {@code limit + 1}).
     */
    static <T> Page<T> of(List<T> fetched, int limit, Function<T, Position> position) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, position.apply(items.getLast()));
    }
}

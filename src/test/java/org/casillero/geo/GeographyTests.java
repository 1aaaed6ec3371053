package org.casillero.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.casillero.shared.ServiceBusy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The in-memory copy is never answered from before it is filled: a lookup waits for the load under
 * way, or loads itself; a new version in the database replaces the copy, in its own order.
 */
class GeographyTests {
    final Tables tables = new Tables();
    final Geography geography = new Geography(tables, new NoBundledLoad());

    @Test
    void waitsForTheLoadUnderWayInsteadOfAnsweringFromNothing() throws Exception {
        tables.set(1, mexico("Calvillo"));
        tables.blocked = new CountDownLatch(1);
        CompletableFuture<Boolean> background = CompletableFuture.supplyAsync(geography::refreshIfChanged);
        tables.reading.await(5, TimeUnit.SECONDS);

        CompletableFuture<Optional<Place>> lookup = CompletableFuture.supplyAsync(() -> geography.findPlace(95411));
        Thread.sleep(200);
        assertThat(lookup).isNotDone();
        tables.blocked.countDown();

        assertThat(lookup.get(5, TimeUnit.SECONDS)).map(Place::cityName).contains("Calvillo");
        assertThat(background.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(tables.loads.get()).isEqualTo(1);
    }

    @Test
    void loadsOnTheFirstLookupWhenNothingLoadedTheCopyBefore() {
        tables.set(1, mexico("Calvillo"));

        assertThat(geography.countries()).extracting(Country::name).containsExactly("Mexico");
        assertThat(geography.findPlace(95411)).isPresent();
        assertThat(geography.findPlace(1)).isEmpty();
        assertThat(tables.loads.get()).isEqualTo(1);
    }

    @Test
    void answersBusyWhileTheDatabaseHoldsNoGeographicData() {
        assertThatThrownBy(() -> geography.findPlace(95411)).isInstanceOf(ServiceBusy.class);
        assertThatThrownBy(() -> geography.states(155)).isInstanceOf(ServiceBusy.class);
    }

    @Test
    void servesANewVersionInItsOwnOrderAfterTheNextCheckAndOnlyThen() {
        tables.set(1, mexico("Calvillo"));
        assertThat(geography.cities(2761)).extracting(City::name).containsExactly("Aguascalientes", "Calvillo");
        assertThat(geography.refreshIfChanged()).isFalse();

        tables.set(2, mexico("Asientos"));
        assertThat(geography.cities(2761)).extracting(City::name).containsExactly("Aguascalientes", "Calvillo");
        assertThat(geography.refreshIfChanged()).isTrue();

        assertThat(geography.version()).isEqualTo(2);
        assertThat(geography.cities(2761)).extracting(City::name).containsExactly("Aguascalientes", "Asientos");
        assertThat(geography.findPlace(95411)).map(Place::cityName).contains("Asientos");
        assertThat(tables.loads.get()).isEqualTo(2);
    }

    private static GeoData mexico(String calvillo) {
        return new GeoData(
                List.of(new Country(155, "MX", "Mexico", "52")),
                List.of(new State(2761, 155, "Aguascalientes")),
                List.of(new City(95411, 2761, calvillo), new City(95400, 2761, "Aguascalientes")));
    }

    /** The database's tables and version, without a database; a load may be held up. */
    static final class Tables extends GeoRepository {
        final AtomicInteger loads = new AtomicInteger();
        final CountDownLatch reading = new CountDownLatch(1);
        volatile @Nullable CountDownLatch blocked;
        volatile long version;
        volatile GeoData data = new GeoData(List.of(), List.of(), List.of());

        Tables() {
            super(null, null);
        }

        void set(long version, GeoData data) {
            this.data = data;
            this.version = version;
        }

        @Override
        Optional<Long> version() {
            return version == 0 ? Optional.empty() : Optional.of(version);
        }

        @Override
        GeoData load() {
            loads.incrementAndGet();
            reading.countDown();
            CountDownLatch latch = blocked;
            if (latch != null) {
                try {
                    latch.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return data;
        }
    }

    static final class NoBundledLoad extends BundledLoad {
        NoBundledLoad() {
            super(null, null, null, null);
        }

        @Override
        void loadIfNeverLoaded() {}
    }
}

package org.casillero.warehouse;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.concurrent.atomic.AtomicInteger;
import org.casillero.BoxClient;
import org.springframework.context.ApplicationContext;

/** Warehouses and their staff for tests, made as an operator makes them, and a client of the warehouse API. */
public final class TestWarehouses {
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private TestWarehouses() {
        throw new AssertionError();
    }

    /** A staff member of a new warehouse, talking to the warehouse API with its token. */
    public record Staff(String name, Warehouse warehouse, String token, BoxClient box) {
        public BoxClient.Response post(String path, String json) {
            return box.send(request(path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        public BoxClient.Response get(String path) {
            return box.send(request(path).GET());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(box.base() + "/warehouse/v1" + path))
                    .header("Authorization", "Bearer " + token);
        }

        public Staff withToken(String other) {
            return new Staff(name, warehouse, other, box);
        }
    }

    public static Staff staffOfNewWarehouse(ApplicationContext context, BoxClient box) {
        int n = NEXT.incrementAndGet();
        Warehouse warehouse = context.getBean(WarehouseAdministration.class)
                .create(new Warehouse(
                        "W" + n, "Warehouse " + n, "7801 NW 15th Street, Doral, FL 33126", "7701", "MIA", 2));
        return staffOf(context, box, warehouse);
    }

    public static Staff staffOf(ApplicationContext context, BoxClient box, Warehouse warehouse) {
        var created =
                context.getBean(StaffAdministration.class).create("staff-" + NEXT.incrementAndGet(), warehouse.code());
        return new Staff(created.name(), warehouse, created.token().value(), box);
    }
}

package org.casillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Clients that hang up half-way through their body cost one quiet log line each, not a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class ClientDisconnectTests extends BoxApiTest {
    private static final int CLIENTS = 20;

    @LocalServerPort
    int port;

    @Test
    void logsOneInfoLineAndNoStackTraceForEachClientThatHangsUpMidBody(CapturedOutput output) {
        RawHttp raw = new RawHttp(port);

        for (int i = 0; i < CLIENTS; i++) {
            raw.sendAndHangUp("POST " + BoxClient.CUSTOMER + "customer-login HTTP/1.1\r\n"
                    + "Host: localhost\r\nContent-Type: application/json\r\nRequest-Id: " + requestId(i) + "\r\n"
                    + "Content-Length: 10000\r\n\r\n{\"user_code\": 396, \"app_");
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(IntStream.range(0, CLIENTS)
                                .filter(i -> output.getAll().contains("[" + requestId(i) + "]")))
                        .hasSize(CLIENTS));
        String log = output.getAll();
        for (int i = 0; i < CLIENTS; i++) {
            String id = "[" + requestId(i) + "]";
            List<String> lines = log.lines().filter(line -> line.contains(id)).toList();
            assertThat(lines).as(log).singleElement().asString().contains(" INFO ");
        }
        assertThat(log).doesNotContain(" ERROR ", "\tat ", "Exception");
    }

    /** The id of the i-th client's request: a UUID, the only form the server keeps. */
    private static String requestId(int i) {
        return "0000a11e-0000-4000-8000-%012d".formatted(i);
    }
}

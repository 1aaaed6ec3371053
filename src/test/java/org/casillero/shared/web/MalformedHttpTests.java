package org.casillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.stream.Stream;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.RawHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests that the servlet container refuses before the application sees them, sent as raw bytes:
 * they answer a 4xx status in the Box envelope, never Tomcat's HTML page, and carry a request id.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedHttpTests extends BoxApiTest {
    private static final String LOGIN = BoxClient.CUSTOMER + "customer-login";

    @LocalServerPort
    int port;

    private RawHttp raw;

    @BeforeEach
    void connectRaw() {
        raw = new RawHttp(port);
    }

    static Stream<Arguments> requestsTheContainerRefuses() {
        return Stream.of(
                arguments("two Content-Length headers", post(LOGIN, "Content-Length: 2\r\nContent-Length: 2\r\n")),
                arguments(
                        "two different Content-Length headers",
                        post(LOGIN, "Content-Length: 2\r\nContent-Length: 3\r\n")),
                arguments("an unknown Transfer-Encoding", post(LOGIN, "Transfer-Encoding: bogus\r\n")),
                arguments(
                        "a header of 100 KB",
                        post(LOGIN, "X-Padding: " + "a".repeat(100 * 1024) + "\r\nContent-Length: 2\r\n")),
                arguments("no Host header", "POST " + LOGIN + " HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"),
                arguments(
                        "an encoded slash in the path",
                        post("/wcf-services%2fservice-customer.svc/customer/customer-login", "Content-Length: 2\r\n")),
                arguments("an encoded NUL in the path", post(LOGIN + "%00", "Content-Length: 2\r\n")),
                arguments(
                        "a path climbing above the root",
                        "GET /a/../../etc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                arguments("invalid characters in the path", "GET /a{b}|c HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                arguments(
                        "a request line with a word too many",
                        "POST " + LOGIN + " HTTP/1.1 more\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n{}"),
                arguments("a request line that is not HTTP", "GARBAGE\r\n\r\n"),
                arguments("an unknown HTTP version", "GET / HTTP/2.5\r\nHost: localhost\r\n\r\n"),
                arguments("a header name with a space", "GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestsTheContainerRefuses")
    void answers400InTheEnvelope(String what, String request) {
        RawHttp.Answer answer = raw.exchange(request);

        assertEnvelope(answer, 400);
        assertThat(answer.header("Request-Id")).get().asString().isNotBlank();
    }

    @Test
    void keepsTheCallersRequestIdAndLogsOneAccessLine(CapturedOutput output) {
        RawHttp.Answer answer = raw.exchange(post(
                LOGIN,
                "Request-Id: 7e1f0c4a-0b42-4c42-8a42-000000000042\r\nContent-Length: 2\r\nContent-Length: 3\r\n"));

        assertEnvelope(answer, 400);
        assertThat(answer.header("Request-Id")).hasValue("7e1f0c4a-0b42-4c42-8a42-000000000042");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(output.getAll()
                                .lines()
                                .filter(line -> line.contains("[7e1f0c4a-0b42-4c42-8a42-000000000042]")))
                        .singleElement()
                        .asString()
                        .contains(" INFO ", "POST " + LOGIN + " -> 400"));
    }

    @Test
    void answers405WithAllowPostForTrace() {
        RawHttp.Answer answer =
                raw.exchange("TRACE " + LOGIN + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertEnvelope(answer, 405);
        assertThat(answer.header("Allow")).hasValue("POST");
        assertThat(answer.header("Request-Id")).get().asString().isNotBlank();
    }

    private static String post(String path, String headers) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + headers
                + "\r\n{}";
    }

    private static void assertEnvelope(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).get().asString().startsWith("application/json");
        assertThat(answer.body()).doesNotContainIgnoringCase("<html").doesNotContain("Exception", "at org.", "Tomcat");
        assertThat(answer.json().isArray()).isTrue();
        assertThat(answer.json().size()).isEqualTo(1);
        assertThat(answer.json().get(0).get("_verify").asBoolean()).isFalse();
        assertThat(answer.json().get(0).get("error").get("error_description").asString())
                .isNotBlank();
        assertThat(answer.json().get(0).get("error").get("error_location").asString())
                .isEmpty();
        assertThat(answer.json().get(0).get("error").get("system_error").asBoolean())
                .isFalse();
    }
}

package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casillero.shared.InvalidField;
import org.casillero.shipment.Page;
import org.casillero.shipment.Page.Position;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The warehouse API's lists that grow with the warehouse's work, a page at a time: {@code limit}
 * items ({@value #DEFAULT_LIMIT} unless asked, at most {@value #MAX_LIMIT}), and while more follow a
 * {@code Link: <…>; rel="next"} header (RFC 8288) whose {@code after} is where the next page starts.
 * The answer stays the JSON array it always was. A cursor is opaque to clients: a time and an id,
 * which a client may forge at will to no gain, as it only moves within the warehouse's own list.
 */
final class Paging {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final String LIMIT_DESCRIPTION =
            "How many items to answer: 1 to " + MAX_LIMIT + ", " + DEFAULT_LIMIT + " unless given";
    static final String AFTER_DESCRIPTION =
            "Where the page starts: the after of the previous page's Link header (absent: the first page)";
    static final String LINK_DESCRIPTION = "While more items follow: <path?limit=…&after=…>; rel=\"next\"";

    private static final Pattern LIMIT = Pattern.compile("[0-9]{1,9}");
    private static final Pattern CURSOR = Pattern.compile("v1\\.([0-9]{1,12})\\.([0-9]{1,9})\\.([0-9]{1,18})");

    private Paging() {
        throw new AssertionError();
    }

    /** The page's query parameters as sent (read as text, so that a bad one is refused naming it). */
    record Query(
            @Parameter(description = LIMIT_DESCRIPTION, schema = @Schema(type = "integer", defaultValue = "100"))
            @Nullable
            String limit,

            @Parameter(description = AFTER_DESCRIPTION) @Nullable
            String after) {
        Asked asked() {
            return new Asked(Paging.limit(limit), after == null ? null : position(after));
        }
    }

    /** What the request asks for: how many, and after which item (null: from the first). */
    record Asked(int limit, @Nullable Position after) {}

    /** The OpenAPI answers of a paged list: a page with its next link, or a page parameter refused. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(
            responseCode = "200",
            description = "A page of them",
            headers = @Header(name = HttpHeaders.LINK, description = LINK_DESCRIPTION))
    @ApiResponse(
            responseCode = "422",
            description = "limit out of range, or an after this API did not give (field names it)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @interface PagedAnswers {}

    /** The page as a JSON array of views, with the link to the next page while there is one. */
    static <T, V> ResponseEntity<List<V>> answer(
            Page<T> page, Function<T, V> view, Asked asked, HttpServletRequest request) {
        return answer(page, view, asked, request, "");
    }

    /**
     * The same, for a list that a query parameter chooses: {@code chosenBy} ({@code boxId=811111},
     * made of values this API checked) comes first in the next page's link.
     */
    static <T, V> ResponseEntity<List<V>> answer(
            Page<T> page, Function<T, V> view, Asked asked, HttpServletRequest request, String chosenBy) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        Position next = page.next();
        if (next != null) {
            String prefix = chosenBy.isEmpty() ? "?" : "?" + chosenBy + "&";
            answer.header(
                    HttpHeaders.LINK,
                    "<" + request.getRequestURI() + prefix + "limit=" + asked.limit() + "&after=" + cursor(next)
                            + ">; rel=\"next\"");
        }
        return answer.body(page.items().stream().map(view).toList());
    }

    private static int limit(@Nullable String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        int limit = LIMIT.matcher(text).matches() ? Integer.parseInt(text) : 0;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidField("limit", "must be from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    static String cursor(Position position) {
        String plain =
                "v1." + position.at().getEpochSecond() + "." + position.at().getNano() + "." + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    private static Position position(String cursor) {
        try {
            if (cursor.length() <= 80) {
                Matcher plain =
                        CURSOR.matcher(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
                if (plain.matches()) {
                    return new Position(
                            Instant.ofEpochSecond(Long.parseLong(plain.group(1)), Long.parseLong(plain.group(2))),
                            Long.parseLong(plain.group(3)));
                }
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below
        }
        throw new InvalidField("after", "is not a cursor this API gave");
    }
}

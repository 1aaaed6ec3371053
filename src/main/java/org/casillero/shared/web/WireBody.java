package org.casillero.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import org.casillero.shared.AppCredentials;
import org.casillero.shared.CustomerCredentials;
import org.casillero.shared.InvalidField;
import org.casillero.shared.Secret;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request's JSON body, read once per request, and the credentials in it: {@code user_code} and
 * {@code app_key} at the top level or inside {@code user_info}; {@code customer_box_id} and
 * {@code customer_key} at the top level. The fields of a {@link BoxUpload} operation are its HTTP
 * headers instead (their names in lower case, each value as text).
 */
@Component
public final class WireBody {
    static final int MAX_BYTES = 64 * 1024;
    private static final String ATTRIBUTE = WireBody.class.getName();
    static final String UPLOAD = BoxUpload.class.getName();

    private final WireJson json;

    WireBody(WireJson json) {
        this.json = json;
    }

    public AppCredentials appCredentials(HttpServletRequest request) {
        ObjectNode body = read(request);
        JsonNode userInfo = body.get("user_info");
        boolean nested = userInfo != null && userInfo.isObject();
        JsonNode holder = nested ? userInfo : body;
        Integer plainCode = plainWhole(holder.get("user_code"));
        String plainKey = plainText(holder.get("app_key"));
        if (plainCode != null && plainKey != null) {
            return new AppCredentials(plainCode, new Secret(plainKey));
        }
        AppFields fields = json.bind(holder, AppFields.class, nested ? "user_info." : "");
        String prefix = nested ? "user_info." : "";
        if (fields.userCode() == null) {
            throw InvalidField.asSent(prefix + "user_code", "is required");
        }
        if (fields.appKey() == null) {
            throw InvalidField.asSent(prefix + "app_key", "is required");
        }
        return new AppCredentials(fields.userCode(), new Secret(fields.appKey()));
    }

    public CustomerCredentials customerCredentials(HttpServletRequest request) {
        ObjectNode body = read(request);
        Integer plainBoxId = plainWhole(body.get("customer_box_id"));
        String plainKey = plainText(body.get("customer_key"));
        if (plainBoxId != null && plainKey != null) {
            return new CustomerCredentials(plainBoxId, new Secret(plainKey));
        }
        CustomerFields fields = json.bind(body, CustomerFields.class, "");
        if (fields.customerBoxId() == null) {
            throw InvalidField.asSent("customer_box_id", "is required");
        }
        if (fields.customerKey() == null) {
            throw InvalidField.asSent("customer_key", "is required");
        }
        return new CustomerCredentials(fields.customerBoxId(), new Secret(fields.customerKey()));
    }

    /** Whether the request carries customer credentials (either of them). */
    public boolean hasCustomerCredentials(HttpServletRequest request) {
        ObjectNode body = read(request);
        return present(body.get("customer_box_id")) || present(body.get("customer_key"));
    }

    /*
     * Credentials as nearly every client sends them, read without binding: a whole number (a JSON
     * number or a string of at most 9 digits: any such fits an int) and a non-blank text, which the binding would
     * read to the same values. Anything else (blank, missing, a fraction, a sign) is left to the
     * binding and its errors: null here.
     */
    private static @Nullable Integer plainWhole(@Nullable JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isInt()) {
            return value.intValue();
        }
        if (!value.isString()) {
            return null;
        }
        String text = value.asString();
        if (text.isEmpty() || text.length() > 9) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(text);
    }

    private static @Nullable String plainText(@Nullable JsonNode value) {
        return value != null && value.isString() && !value.asString().isEmpty() ? value.asString() : null;
    }

    private static boolean present(@Nullable JsonNode value) {
        return value != null
                && !value.isNull()
                && !(value.isString() && value.asString().isEmpty());
    }

    ObjectNode read(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof ObjectNode cached) {
            return cached;
        }
        ObjectNode body;
        if (request.getAttribute(UPLOAD) != null) {
            body = headers(request);
        } else {
            byte[] bytes = bytes(request);
            try {
                // Its texts and numbers are checked as they are read (WireTree).
                body = json.readObject(bytes);
            } finally {
                // The raw body may hold a card number: keep it no longer than parsing takes.
                Arrays.fill(bytes, (byte) 0);
            }
        }
        request.setAttribute(ATTRIBUTE, body);
        return body;
    }

    /** The fields of a {@link BoxUpload} operation: its headers, each a text that must be storable as any body's. */
    private static ObjectNode headers(HttpServletRequest request) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (String name : Collections.list(request.getHeaderNames())) {
            String value = request.getHeader(name);
            if (value != null) {
                String field = name.toLowerCase(Locale.ROOT);
                String problem = WireTree.problem(value);
                if (problem != null) {
                    throw InvalidField.asSent(field, problem);
                }
                fields.put(field, value);
            }
        }
        return fields;
    }

    /**
     * The body's bytes as they arrive, through its {@link Arrival} (at the least rate, counted as
     * kept): never first into an array of the length the client declared, which each of thousands of
     * slow clients would have the server allocate.
     */
    private static byte[] bytes(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new RequestTooLarge(MAX_BYTES);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw new RequestTooLarge(MAX_BYTES);
            }
            return body;
        } catch (IOException e) {
            throw new IncompleteBody(e);
        }
    }

    private record AppFields(
            @Nullable Integer userCode, @Nullable String appKey) {}

    private record CustomerFields(
            @Nullable Long customerBoxId, @Nullable String customerKey) {}
}

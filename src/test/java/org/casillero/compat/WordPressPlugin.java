package org.casillero.compat;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.casillero.BoxClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A partner site running Skypostal's WordPress plugin "Skypostal_apibox" (GitHub
 * technologysp/api-box-wordpress, includes/sp_services.php), as far as the Box API sees it. Written
 * from reading the plugin, not copied from it: each call builds its body as the plugin does, from
 * form fields that WordPress keeps as text, then
 *
 * <ul>
 *   <li>adds {@code user_info} with the plugin's options {@code user_code} and {@code app_key}, both strings;
 *   <li>adds the login cookies, when the browser has them, as top-level {@code customer_key} and
 *       {@code customer_box_id} (strings), to every call, overwriting members of the same name;
 *   <li>encodes the body as PHP's {@code json_encode} does by default ({@code /} as {@code \/},
 *       non-ASCII as {@code \\uXXXX});
 *   <li>posts it with {@code Content-Type: application/json} and, as with {@code CURLOPT_FAILONERROR},
 *       throws the answer away when its status is 400 or more.
 * </ul>
 */
final class WordPressPlugin {
    /** What PHP's {@code is_numeric} accepts (of a trimmed string). */
    private static final Pattern PHP_NUMERIC = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private final BoxClient box;
    private final String userCode;
    private final String appKey;
    /** The admin option {@code fapibox_api_copa_id}: text, as every WordPress option. */
    private final String copaIdOption;

    private @Nullable String cookieKey;
    private @Nullable String cookieBoxId;

    WordPressPlugin(BoxClient box, String userCode, String appKey, String copaIdOption) {
        this.box = box;
        this.userCode = userCode;
        this.appKey = appKey;
        this.copaIdOption = copaIdOption;
    }

    /** What {@code _sp_execute_method} hands back: the decoded answer, or null when curl failed. */
    record Result(int status, String body, @Nullable JsonNode json) {
        /** The plugin's success test on most pages: {@code $result[0]->_verify}. */
        boolean verified() {
            return json != null
                    && json.isArray()
                    && json.size() > 0
                    && truthy(json.get(0).get("_verify"));
        }

        JsonNode first() {
            return json == null ? BoxClient.JSON.nullNode() : json.get(0);
        }
    }

    /** Posts one call as {@code _sp_execute_method} does. */
    Result call(String method, Map<String, Object> parameters) {
        Map<String, Object> body = new LinkedHashMap<>(parameters);
        Map<String, Object> userInfo = new LinkedHashMap<>();
        userInfo.put("user_code", userCode);
        userInfo.put("app_key", appKey);
        body.put("user_info", userInfo);
        if (cookieKey != null) {
            body.put("customer_key", cookieKey);
        }
        if (cookieBoxId != null && cookieBoxId.matches("[0-9]+")) {
            body.put("customer_box_id", cookieBoxId);
        }
        String json = PhpJson.encode(body);
        BoxClient.Response response = box.send(HttpRequest.newBuilder(URI.create(box.base() + "/wcf-services" + method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        JsonNode decoded = response.status() >= 400 ? null : BoxClient.JSON.readTree(response.text());
        return new Result(response.status(), response.text(), decoded);
    }

    // The service layer's calls, one method each, with the members the plugin sends, in its order.

    /** {@code sp_do_login}. */
    Result login(String email, String password) {
        return call(
                "/service-customer.svc/customer/customer-login",
                ordered(
                        "customer_email", email,
                        "customer_password", password));
    }

    /** {@code sp_customer_get_info}: nothing but what every call carries. */
    Result getInfo() {
        return call("/service-customer.svc/customer/customer-get-info", Map.of());
    }

    /** {@code sp_partner_customer_get_info}. */
    Result partnerGetInfo(String email) {
        return call("/service-partner.svc/partner/customer-get-info", ordered("customer_email", sanitize(email)));
    }

    /** {@code sp_geographic_get_countries}, {@code _states}, {@code _cities}. */
    Result countries() {
        return call("/service-geographic.svc/geographic/geographic-get-countries", Map.of());
    }

    Result states(Object countryCode) {
        return call("/service-geographic.svc/geographic/geographic-get-states", ordered("country_code", countryCode));
    }

    Result cities(Object stateCode) {
        return call("/service-geographic.svc/geographic/geographic-get-cities", ordered("state_code", stateCode));
    }

    /**
     * {@code sp_customer_registration_virtual}, from the sign-up form's fields: the birth date typed
     * {@code d/m/Y} and sent {@code Y-m-d}; a blank or non-numeric tax number sent as the number 0, any
     * other as text; {@code locality_town} from the form's nameless field (the submit caption, or
     * nothing); the cellphone always sent, blank when left empty; phone types "1" and "2".
     */
    Result registerVirtual(Map<String, String> form, String siteUrl) {
        String tax = sanitize(form.get("tax_number"));
        // PHP: if (!is_numeric($tax) || empty($tax)) $tax = 0; (empty() is true for "" and "0" only)
        Object taxNumber = PHP_NUMERIC.matcher(tax).matches() && !tax.equals("0") ? tax : (Object) 0;
        Object copaId = copartner(siteUrl);
        Map<String, Object> parameters = ordered(
                "language_code", "ESP",
                "copa_id", copaId,
                "customer_first_name", sanitize(form.get("first_name")),
                "customer_last_name", sanitize(form.get("last_name")),
                "customer_identity_number", sanitize(form.get("address_id_number")),
                "customer_tax_number", taxNumber,
                "customer_birth_date", isoDate(form.get("date_of_birth")),
                "customer_email", sanitize(form.get("email")),
                "customer_password", sanitize(form.get("password")),
                "customer_gender", sanitize(form.get("gender")));
        parameters.put("customer_address", List.of(address(form)));
        parameters.put("customer_phone", phones(form));
        return call("/service-customer.svc/customer/customer-registration", parameters);
    }

    /** The sign-up forms' address: {@code locality_town} from the form's nameless field. */
    private static Map<String, Object> address(Map<String, String> form) {
        return ordered(
                "city_code", sanitize(form.get("address_city")),
                "locality_town", sanitize(form.get("")),
                "neighborhood", sanitize(form.get("address_region")),
                "zip_code", sanitize(form.get("address_postal_code")),
                "address_01", sanitize(form.get("address_address")));
    }

    /**
     * {@code sp_customer_registration_default}: customer-register-info, from the same sign-up form as
     * the virtual registration without its tax number.
     */
    Result registerDefault(Map<String, String> form, String siteUrl) {
        Object copaId = copartner(siteUrl);
        Map<String, Object> parameters = ordered(
                "language_code", "ESP",
                "copa_id", copaId,
                "customer_first_name", sanitize(form.get("first_name")),
                "customer_last_name", sanitize(form.get("last_name")),
                "customer_identity_number", sanitize(form.get("address_id_number")),
                "customer_birth_date", isoDate(form.get("date_of_birth")),
                "customer_email", sanitize(form.get("email")),
                "customer_password", sanitize(form.get("password")),
                "customer_gender", sanitize(form.get("gender")));
        parameters.put("customer_address", List.of(address(form)));
        parameters.put("customer_phone", phones(form));
        return call("/service-customer.svc/customer/customer-register-info", parameters);
    }

    /**
     * {@code sp_customer_activate_box}, from the activation page's card form: the expiry built as
     * {@code year-month-01} from two selects whose month keys are 1 to 12, not zero-padded; every
     * value text, the card number as typed (spaces kept).
     */
    Result activateBox(Map<String, String> form, String siteUrl) {
        Object copaId = copartner(siteUrl);
        String expiry =
                sanitize(form.get("cc_expiration_year")) + "-" + sanitize(form.get("cc_expiration_month")) + "-01";
        Map<String, Object> parameters = ordered("copa_id", copaId);
        parameters.put(
                "customer_credit_card",
                List.of(ordered(
                        "cc_type_name", sanitize(form.get("cc_type_name")),
                        "cc_holder_name", sanitize(form.get("cc_holder_name")),
                        "cc_number", sanitize(form.get("cc_number")),
                        "cc_expiration_date", expiry,
                        "cc_security_code", sanitize(form.get("cc_security_code")))));
        return call("/service-customer.svc/customer/customer-activate-box", parameters);
    }

    /** {@code sp_customer_update_personal_info}: no tax number; the identity number may be blank. */
    Result updatePersonalInfo(Map<String, String> form) {
        return call(
                "/service-customer.svc/customer/customer-update-personal-info",
                ordered(
                        "customer_first_name", sanitize(form.get("first_name")),
                        "customer_last_name", sanitize(form.get("last_name")),
                        "customer_identity_number", sanitize(form.get("address_id_number")),
                        "customer_birth_date", isoDate(form.get("date_of_birth")),
                        "customer_gender", sanitize(form.get("gender"))));
    }

    /**
     * {@code sp_customer_update_address_info}: the address phone's parts as typed, or "0" when left
     * empty; then both phones of the form again, blank when left empty.
     */
    Result updateAddressInfo(Map<String, String> form) {
        Map<String, Object> address = ordered(
                "city_code", sanitize(form.get("address_city")),
                "locality_town", sanitize(form.get("")),
                "neighborhood", sanitize(form.get("address_region")),
                "zip_code", sanitize(form.get("address_postal_code")),
                "address_01", sanitize(form.get("address_address")));
        address.put("phone_area", zeroIfEmpty(form.get("account_phone_country")));
        address.put("phone_number", zeroIfEmpty(form.get("account_phone_number")));
        address.put("phone_extension", zeroIfEmpty(form.get("account_phone_ext")));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("customer_address", List.of(address));
        parameters.put("customer_phone", phones(form));
        return call("/service-customer.svc/customer/customer-update-address-info", parameters);
    }

    /** {@code sp_customer_update_email}. */
    Result updateEmail(String currentEmail, String newEmail) {
        return call(
                "/service-customer.svc/customer/customer-update-email",
                ordered(
                        "customer_current_email", sanitize(currentEmail),
                        "customer_new_email", sanitize(newEmail)));
    }

    /** {@code sp_customer_update_password}: box id and key as text (the login cookies replace them). */
    Result updatePassword(@Nullable Object boxId, @Nullable String key, String email, String newPassword) {
        return call(
                "/service-customer.svc/customer/customer-update-password",
                ordered(
                        "customer_box_id", sanitize(boxId),
                        "customer_key", sanitize(key),
                        "customer_email", sanitize(email),
                        "customer_new_password", sanitize(newPassword)));
    }

    private static List<Map<String, Object>> phones(Map<String, String> form) {
        return List.of(
                ordered(
                        "phone_area_code", sanitize(form.get("account_phone_country")),
                        "phone_number", sanitize(form.get("account_phone_number")),
                        "phone_extension", sanitize(form.get("account_phone_ext")),
                        "phone_type", sanitize(1)),
                ordered(
                        "phone_area_code", sanitize(form.get("account_cellphone_country")),
                        "phone_number", sanitize(form.get("account_cellphone_number")),
                        "phone_extension", sanitize(form.get("account_cellphone_ext")),
                        "phone_type", sanitize(2)));
    }

    private static String zeroIfEmpty(@Nullable String value) {
        return value == null || value.isEmpty() ? "0" : value;
    }

    /** The form's {@code d/m/Y} date as {@code Y-m-d}. */
    private static String isoDate(@Nullable String dayMonthYear) {
        String[] parts = sanitize(dayMonthYear).split("/");
        return parts[2] + "-" + parts[1] + "-" + parts[0];
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** {@code save_login_service_session}: the cookies every later call carries. */
    void saveSession(JsonNode answer) {
        cookieKey = answer.get("customer_key").asString();
        cookieBoxId = answer.get("customer_box_id").asString();
    }

    /**
     * {@code sp_customer_upload_invoice_file}: the file's bytes as the body, sent as text/plain
     * whatever they are, and the header lines in the plugin's order (the customer's two only with the
     * login cookies); the answer decoded as every other.
     */
    Result uploadInvoiceFile(String guid, byte[] bytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                        box.base() + "/wcf-services/service-customer.svc/customer/customer-upload-invoice-file"))
                .header("Content-Type", "text/plain")
                .header("invoice_file_guid", guid)
                .header("user_code", userCode)
                .header("app_key", appKey);
        if (cookieKey != null) {
            request.header("customer_key", cookieKey);
        }
        if (cookieBoxId != null) {
            request.header("customer_box_id", cookieBoxId);
        }
        BoxClient.Response response = box.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        JsonNode decoded = response.status() >= 400 ? null : BoxClient.JSON.readTree(response.text());
        return new Result(response.status(), response.text(), decoded);
    }

    void setCookies(@Nullable String key, @Nullable String boxId) {
        cookieKey = key;
        cookieBoxId = boxId;
    }

    void logout() {
        setCookies(null, null);
    }

    @Nullable
    String cookieBoxId() {
        return cookieBoxId;
    }

    /**
     * {@code sp_get_copartner}: the partner of this site by its URL ({@code sp_partner_getcopa_id_by_url}),
     * else the admin option. Among the verified elements, the first positive {@code copa_id_default} and
     * the first positive {@code copa_id} are kept, and an element with {@code copa_domain_group_default
     * == 1} overrides the {@code copa_id}; a positive {@code copa_id} (an integer, as decoded) replaces
     * the option. Any other answer (a failed element, an HTTP error) leaves the option (text).
     */
    Object copartner(String siteUrl) {
        Result result = call("/service-partner.svc/partner/get-copa-by-url", Map.of("copa_url", sanitize(siteUrl)));
        long selected = 0;
        long copaDefault = 0;
        if (result.json() != null && result.json().isArray()) {
            for (JsonNode copa : result.json()) {
                if (truthy(copa.get("_verify"))) {
                    if (copaDefault <= 0) {
                        copaDefault = copa.path("copa_id_default").asLong();
                    }
                    if (selected <= 0) {
                        selected = copa.path("copa_id").asLong();
                    }
                    if (looselyOne(copa.get("copa_domain_group_default"))) {
                        selected = copa.path("copa_id").asLong();
                    }
                }
            }
        }
        return selected > 0 ? (Object) selected : copaIdOption;
    }

    /** PHP's {@code $value == 1}. */
    private static boolean looselyOne(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return value.isNumber() && value.asDouble() == 1;
    }

    /** WordPress's {@code sanitize_text_field}, as far as these forms need it: text, trimmed, blanks folded. */
    static String sanitize(@Nullable Object value) {
        return value == null ? "" : value.toString().strip().replaceAll("\\s+", " ");
    }

    /** The password-recovery code the plugin mails: {@code hexdec(substr(md5(key . d . email), 0, 8))}. */
    static long recoveryCode(String customerKey, int d, String email) {
        try {
            byte[] md5 =
                    MessageDigest.getInstance("MD5").digest((customerKey + d + email).getBytes(StandardCharsets.UTF_8));
            return new BigInteger(HexFormat.of().formatHex(md5).substring(0, 8), 16).longValue();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PHP's truthiness of a decoded JSON value. */
    static boolean truthy(@Nullable JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.asDouble() != 0;
        }
        if (value.isString()) {
            return !value.asString().isEmpty() && !value.asString().equals("0");
        }
        return !value.isEmpty();
    }

    /** PHP's {@code json_encode} with its default flags, for strings, integers, lists and maps. */
    static final class PhpJson {
        private PhpJson() {
            throw new AssertionError();
        }

        static String encode(@Nullable Object value) {
            StringBuilder out = new StringBuilder();
            write(out, value);
            return out.toString();
        }

        private static void write(StringBuilder out, @Nullable Object value) {
            switch (value) {
                case null -> out.append("null");
                case String text -> string(out, text);
                case Integer number -> out.append(number);
                case Long number -> out.append(number);
                // PHP 7.1+ (serialize_precision -1) writes a float's shortest repr, as Java does at these magnitudes.
                case Double number -> out.append(number);
                case Boolean flag -> out.append(flag);
                case List<?> list -> {
                    out.append('[');
                    for (int i = 0; i < list.size(); i++) {
                        out.append(i == 0 ? "" : ",");
                        write(out, list.get(i));
                    }
                    out.append(']');
                }
                case Map<?, ?> map -> {
                    out.append('{');
                    boolean first = true;
                    for (Map.Entry<?, ?> entry : map.entrySet()) {
                        out.append(first ? "" : ",");
                        first = false;
                        string(out, entry.getKey().toString());
                        out.append(':');
                        write(out, entry.getValue());
                    }
                    out.append('}');
                }
                default -> throw new IllegalArgumentException("PHP would not send " + value.getClass());
            }
        }

        private static void string(StringBuilder out, String text) {
            out.append('"');
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '/' -> out.append("\\/");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20 || c >= 0x80) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}

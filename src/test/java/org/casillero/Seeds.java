package org.casillero;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The documented examples (copied from shared/seeds): each seed's request and response JSON. */
public final class Seeds {
    public static final String TYPE = "000_48698aa25ab09cf7.txt";
    public static final String PERSONAL_INFO = "001_0b22dbba0d29cfa1.txt";
    public static final String GET_INFO = "002_b27f19c17937b011.txt";
    public static final String REGISTRATION = "003_051b08ab2776c85f.txt";
    public static final String PARTNER_LOOKUP = "004_31bc926a3621635f.txt";
    public static final String APP_KEY = "1656d700707ad9a77f737e5df3db088a";
    public static final int USER_CODE = 396;
    public static final int COPA_ID = 616;

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    private Seeds() {
        throw new AssertionError();
    }

    /** The example request, verbatim, as text. */
    public static String requestText(String seed) {
        return blocks(seed).get(0);
    }

    public static ObjectNode request(String seed) {
        return (ObjectNode) BoxClient.JSON.readTree(requestText(seed));
    }

    public static JsonNode response(String seed) {
        return BoxClient.JSON.readTree(blocks(seed).get(1));
    }

    private static List<String> blocks(String seed) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + seed)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher matcher = JSON_BLOCK.matcher(text);
            List<String> blocks = matcher.results().map(m -> m.group(1)).toList();
            if (blocks.size() < 2) {
                throw new IllegalStateException(seed + " has no request and response example");
            }
            return blocks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

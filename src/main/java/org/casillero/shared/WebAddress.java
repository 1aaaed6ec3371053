package org.casillero.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A text that may be shown to someone as a link: an absolute {@code http} or {@code https} address
 * naming a host, in printable ASCII (as links are sent: this server's own percent-encode every other
 * character), without a user name or password before the host (they make {@code
 * https://shop.example.com@evil.example} read as a shop's link) and at most {@link #MAX_LENGTH}
 * characters. Anything else ({@code javascript:}, {@code data:}, a relative or protocol-relative
 * path) could run or mislead in the page that shows it.
 */
public final class WebAddress {
    public static final int MAX_LENGTH = 2048;

    private WebAddress() {
        throw new AssertionError();
    }

    public static boolean isWebAddress(@Nullable String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH || !printableAscii(text)) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        return (scheme.equals("http") || scheme.equals("https"))
                && host != null
                && !host.isEmpty()
                && uri.getRawUserInfo() == null;
    }

    private static boolean printableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }
}

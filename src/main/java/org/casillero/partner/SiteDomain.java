package org.casillero.partner;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A partner site's domain as kept and compared: the host of a URL (or a bare host), lower-cased, in
 * its ASCII form (IDN), without a trailing dot and without a leading {@code www.}, so that
 * {@code https://WWW.Tienda.example.com:8443/shop/} and {@code tienda.example.com} are one site.
 * Scheme, user, port, path, query and fragment do not count.
 */
final class SiteDomain {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
    private static final Pattern PORT = Pattern.compile(":[0-9]*$");
    private static final Pattern HOST =
            Pattern.compile("(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final int MAX_INPUT = 2_000;

    private SiteDomain() {
        throw new AssertionError();
    }

    /** The site's domain, or empty when the text names no host. */
    static Optional<String> of(String urlOrHost) {
        if (urlOrHost.length() > MAX_INPUT) {
            return Optional.empty();
        }
        String host = SCHEME.matcher(urlOrHost.strip()).replaceFirst("");
        host = cut(host, '/');
        host = cut(host, '?');
        host = cut(host, '#');
        host = host.substring(host.lastIndexOf('@') + 1);
        host = PORT.matcher(host).replaceFirst("");
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAHost) {
            return Optional.empty();
        }
        if (host.startsWith("www.")) {
            host = host.substring("www.".length());
        }
        return HOST.matcher(host).matches() ? Optional.of(host) : Optional.empty();
    }

    private static String cut(String text, char at) {
        int index = text.indexOf(at);
        return index < 0 ? text : text.substring(0, index);
    }
}

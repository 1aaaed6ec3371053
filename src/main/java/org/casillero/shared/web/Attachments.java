package org.casillero.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The headers of a stored file answered for download: an attachment with the content type it was
 * stored with, never sniffed into another, never run as a page (no scripts, no plugins, sandboxed),
 * never kept by a shared cache.
 */
final class Attachments {
    private Attachments() {
        throw new AssertionError();
    }

    static void headers(HttpServletResponse response, String contentType, String fileName, long size) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.parseMediaType(contentType).toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setContentLengthLong(size);
    }
}

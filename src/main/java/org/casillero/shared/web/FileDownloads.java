package org.casillero.shared.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.ServiceBusy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Sends stored files (invoice files, to customers by their signed links and to staff) without ever
 * holding one whole: a file is read from its stream a piece of {@value #PIECE} bytes at a time, and a
 * piece is read only when the client's connection has taken the one before (non-blocking writes, so
 * that a reader that stops reading holds neither a thread nor more than a piece). Only so many files
 * are sent at once, and only so many to one client address; past either the request is answered
 * "busy" (503 with {@code Retry-After}) before anything is sent. A download must be done within a
 * grace period plus its size at the minimum rate, or its connection is dropped and its slot goes to
 * the next caller: a reader too slow (or not reading at all) cannot keep everyone else's files busy.
 */
@Component
public final class FileDownloads {
    static final int PIECE = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(FileDownloads.class);

    private final Semaphore slots;
    private final int perClient;
    private final ConcurrentHashMap<String, Integer> clients = new ConcurrentHashMap<>();
    private final long minBytesPerSecond;
    private final Duration grace;

    FileDownloads(CasilleroSettings settings) {
        CasilleroSettings.Invoices invoices = settings.invoices();
        this.slots = new Semaphore(invoices.concurrentDownloads());
        this.perClient = invoices.downloadsPerClient();
        this.minBytesPerSecond = invoices.downloadMinRate().toBytes();
        this.grace = invoices.downloadGrace();
    }

    /** A stored file to send: the type and name it was stored with, its size, its bytes (closed once sent). */
    public record Attachment(String contentType, String fileName, long size, InputStream content) {}

    /**
     * Answers the file: its headers now, its bytes as the client reads them, after this method has
     * returned. Busy (nothing sent, the stream closed) when every slot, or every slot of this
     * client's address, is taken.
     */
    public void send(Attachment file, HttpServletRequest request, HttpServletResponse response) {
        boolean sending = false;
        try {
            if (HttpMethod.HEAD.matches(request.getMethod())) {
                Attachments.headers(response, file.contentType(), file.fileName(), file.size());
                return;
            }
            Slot slot = take(request.getRemoteAddr());
            try {
                Attachments.headers(response, file.contentType(), file.fileName(), file.size());
                AsyncContext async = request.startAsync(request, response);
                async.setTimeout(deadline(file.size()).toMillis());
                Sender sender = new Sender(async, response.getOutputStream(), file, slot, dropper(request));
                async.addListener(sender);
                sending = true;
                response.getOutputStream().setWriteListener(sender);
            } catch (IOException e) {
                slot.release();
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                slot.release();
                throw e;
            }
        } finally {
            if (!sending) {
                closeQuietly(file.content());
            }
        }
    }

    /** What drops the request's connection at once (nothing where the container offers no way). */
    private static Runnable dropper(HttpServletRequest request) {
        return request.getAttribute(DroppableConnections.ATTRIBUTE) instanceof Runnable drop ? drop : () -> {};
    }

    /** How long a download of that size may take: the grace period, and its size at the minimum rate. */
    private Duration deadline(long size) {
        return grace.plusMillis(Math.multiplyExact(Math.max(size, 0), 1000L) / minBytesPerSecond);
    }

    private Slot take(String client) {
        boolean[] taken = {false};
        clients.compute(client, (address, held) -> {
            int now = held == null ? 0 : held;
            if (now >= perClient) {
                return held;
            }
            taken[0] = true;
            return now + 1;
        });
        if (!taken[0]) {
            throw new ServiceBusy("every download slot of one client address is taken");
        }
        if (!slots.tryAcquire()) {
            giveBack(client);
            throw new ServiceBusy("every download slot is taken");
        }
        return new Slot(client);
    }

    private void giveBack(String client) {
        clients.computeIfPresent(client, (address, held) -> held <= 1 ? null : held - 1);
    }

    /** A download's place among those sent at once, given back once, whatever ends the download. */
    private final class Slot {
        private final String client;
        private final AtomicBoolean held = new AtomicBoolean(true);

        Slot(String client) {
            this.client = client;
        }

        void release() {
            if (held.compareAndSet(true, false)) {
                slots.release();
                giveBack(client);
            }
        }
    }

    /**
     * Writes the file while the connection takes it; the container calls it back when the connection
     * can take more, when the deadline passes, and when the client goes away.
     */
    private static final class Sender implements WriteListener, AsyncListener {
        private final AsyncContext async;
        private final ServletOutputStream out;
        private final InputStream content;
        private final String fileName;
        private final Slot slot;
        private final Runnable dropConnection;
        private final String requestId;
        private final byte[] piece = new byte[PIECE];
        private long left;
        private boolean ended;

        Sender(AsyncContext async, ServletOutputStream out, Attachment file, Slot slot, Runnable dropConnection) {
            this.async = async;
            this.out = out;
            this.content = file.content();
            this.fileName = file.fileName();
            this.left = file.size();
            this.slot = slot;
            this.dropConnection = dropConnection;
            String id = MDC.get(RequestIdFilter.MDC_KEY);
            this.requestId = id == null ? "" : id;
        }

        @Override
        public synchronized void onWritePossible() throws IOException {
            MDC.put(RequestIdFilter.MDC_KEY, requestId);
            try {
                while (!ended && out.isReady()) {
                    if (left == 0) {
                        end(false);
                        return;
                    }
                    int read = content.read(piece, 0, (int) Math.min(piece.length, left));
                    if (read < 0) {
                        log.warn(
                                "The stored file {} ended {} bytes short of its size: its download is cut",
                                fileName,
                                left);
                        end(true);
                        return;
                    }
                    left -= read;
                    out.write(piece, 0, read);
                }
            } catch (RuntimeException failure) {
                log.warn("Reading the stored file {} failed: its download is cut ({})", fileName, failure.toString());
                end(true);
            } finally {
                MDC.remove(RequestIdFilter.MDC_KEY);
            }
        }

        @Override
        public synchronized void onError(Throwable failure) {
            log.debug("A download of {} ended early: {}", fileName, failure.toString());
            end(true);
        }

        @Override
        public synchronized void onTimeout(AsyncEvent event) {
            MDC.put(RequestIdFilter.MDC_KEY, requestId);
            try {
                log.info("A download of {} was dropped: its reader was slower than the minimum rate", fileName);
            } finally {
                MDC.remove(RequestIdFilter.MDC_KEY);
            }
            end(true);
        }

        @Override
        public synchronized void onError(AsyncEvent event) {
            end(true);
        }

        @Override
        public synchronized void onComplete(AsyncEvent event) {
            release();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // started by FileDownloads itself
        }

        /**
         * Done, whatever the reason: the stream closed, the slot given back, the response completed;
         * cut short, the connection dropped at once, unsent bytes and all (no complete answer can reach
         * its reader any more).
         */
        private void end(boolean cut) {
            if (ended) {
                return;
            }
            ended = true;
            release();
            if (cut) {
                dropConnection.run();
            }
            try {
                async.complete();
            } catch (IllegalStateException completedAlready) {
                // the container completed it (the client went away)
            }
        }

        private void release() {
            closeQuietly(content);
            slot.release();
        }
    }

    private static void closeQuietly(InputStream content) {
        try {
            content.close();
        } catch (IOException e) {
            log.debug("Closing a stored file's stream failed: {}", e.toString());
        }
    }
}

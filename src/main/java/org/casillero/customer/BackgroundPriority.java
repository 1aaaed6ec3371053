package org.casillero.customer;

import com.sun.jna.Library;
import com.sun.jna.Native;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the calling thread's scheduling priority (Linux: its nice value, which is per thread there),
 * so that a thread doing long work (hashing passwords) gets every idle core but yields the CPU at once
 * to threads answering requests. Raising one's own nice value needs no privilege. Where it cannot be
 * done (another operating system, no C library), the thread keeps its priority.
 */
final class BackgroundPriority {
    /** The nice value of background threads (0 is normal, 19 the lowest priority). */
    static final int NICE = 10;

    private static final Logger log = LoggerFactory.getLogger(BackgroundPriority.class);
    private static final int PRIO_PROCESS = 0;

    private BackgroundPriority() {}

    private interface C extends Library {
        int gettid();

        int setpriority(int which, int who, int prio);
    }

    private static final class Holder {
        static final C LIBC = Native.load("c", C.class);
    }

    /** Lowers the current thread's priority; whether it did. */
    static boolean lowerCurrentThread() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return false;
        }
        try {
            return Holder.LIBC.setpriority(PRIO_PROCESS, Holder.LIBC.gettid(), NICE) == 0;
        } catch (LinkageError | RuntimeException e) {
            log.debug("Could not lower a thread's priority: {}", e.toString());
            return false;
        }
    }
}

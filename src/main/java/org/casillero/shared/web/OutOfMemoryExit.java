package org.casillero.shared.web;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Says at start-up when the JVM would not end on an OutOfMemoryError: the threads that die of one
 * (Tomcat's acceptor and poller among them) would leave a process that runs and answers nobody, which
 * no supervisor restarts. {@code bin/casillero} and {@code ./mvnw spring-boot:run} exit on it; a plain
 * {@code java -jar} does not.
 */
@Component
final class OutOfMemoryExit {
    private static final Logger log = LoggerFactory.getLogger(OutOfMemoryExit.class);

    OutOfMemoryExit() {
        if (!endsOnOutOfMemory()) {
            log.warn("The JVM does not exit on OutOfMemoryError: out of memory, this server would run on and answer "
                    + "nobody. Start it with bin/casillero, or add -XX:+ExitOnOutOfMemoryError (README: Running in "
                    + "production)");
        }
    }

    private static boolean endsOnOutOfMemory() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return vm.getVMOption("ExitOnOutOfMemoryError").getValue().equals("true")
                    || vm.getVMOption("CrashOnOutOfMemoryError").getValue().equals("true")
                    || !vm.getVMOption("OnOutOfMemoryError").getValue().isEmpty();
        } catch (RuntimeException notHotSpot) {
            return true; // another JVM: its own flags, which this cannot read
        }
    }
}

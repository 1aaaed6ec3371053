package org.casillero.admin;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.casillero.CasilleroApplication;

/** Runs one operator command as the program does (its own application, no web server), for tests of other packages. */
public final class OperatorCommands {
    private OperatorCommands() {
        throw new AssertionError();
    }

    /** What a command printed, and its exit status. */
    public record Run(int status, String out, String err) {}

    public static Run run(Map<String, String> settings, String... command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] arguments = settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        int status =
                Admin.run(CasilleroApplication.class, arguments, command, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }
}

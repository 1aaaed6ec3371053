package org.casillero.admin;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups others: run alone, it is a usage error naming the choices. */
abstract class CommandGroup implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "Missing command: one of " + spec.subcommands().keySet());
    }

    private @Nullable PrintWriter out;
    private @Nullable PrintWriter onto;

    /** The command's output, printing no character that a terminal would obey ({@link TerminalText}). */
    PrintWriter out() {
        PrintWriter commandLineOut = spec.commandLine().getOut();
        if (out == null || onto != commandLineOut) {
            out = TerminalText.writer(commandLineOut);
            onto = commandLineOut;
        }
        return out;
    }
}

package org.casillero.admin;

import java.io.PrintWriter;
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

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}

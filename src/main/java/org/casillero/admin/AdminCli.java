package org.casillero.admin;

import java.io.PrintWriter;
import java.util.Map;
import org.casillero.shared.BoxException;
import org.casillero.shared.InvalidField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Parses and runs one operator command; its commands get the application's use cases injected. */
@Component
class AdminCli {
    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int BAD_USAGE = 2;
    static final int CANNOT_RUN = 3;

    private static final Logger log = LoggerFactory.getLogger(AdminCli.class);
    private static final Map<String, String> IRREGULAR_OPTIONS = Map.of(
            "warehouseCode", "--warehouse",
            "iataCode", "--iata",
            "companyAddress", "--address");

    private final IFactory factory;

    AdminCli(AutowireCapableBeanFactory beans) {
        this.factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return beans.createBean(type);
                } catch (BeansException e) {
                    return CommandLine.defaultFactory().create(type);
                }
            }
        };
    }

    int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, failed, parsed) -> {
            if (failure instanceof BoxException refused) {
                failed.getErr().println("error: " + TerminalText.lines(description(refused)));
                return REFUSED;
            }
            log.error("The command failed unexpectedly", failure);
            failed.getErr().println("error: the command failed unexpectedly: see the log above");
            return CANNOT_RUN;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** A refusal in the operator's words: the field at fault by its option ({@code --box-id is ...}). */
    static String description(BoxException refused) {
        return refused instanceof InvalidField invalid
                ? invalid.describedAs(invalid.fieldIn(AdminCli::option))
                : refused.description();
    }

    /**
     * The option that gives a field, by its neutral path: {@code boxId} is {@code --box-id}, and the
     * options not named after their field are listed ({@code warehouseCode} is {@code --warehouse}).
     * A path that is an option already stays as it is.
     */
    static String option(String path) {
        String irregular = IRREGULAR_OPTIONS.get(path);
        if (irregular != null) {
            return irregular;
        }
        if (path.isEmpty() || path.startsWith("--")) {
            return path;
        }
        StringBuilder option = new StringBuilder(path.length() + 6).append("--");
        for (char c : path.toCharArray()) {
            if (Character.isUpperCase(c)) {
                option.append('-');
            }
            option.append(Character.toLowerCase(c));
        }
        return option.toString();
    }

    /** The whole command tree, for running and for listing every command. */
    CommandLine commandLine() {
        return new CommandLine(AdminCommand.class, factory)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true);
    }
}

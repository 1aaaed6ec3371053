package org.casillero.admin;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one operator command: starts the application without its web server (migrating the
 * database if needed, exactly as the server would), runs the command and stops. Log lines go to
 * standard error, at WARN and above, so that standard output holds only the command's answer.
 */
public final class Admin {
    /** The word that switches the program from server to operator command line. */
    public static final String COMMAND = "admin";

    /** Log lines on standard error, warnings and errors only: standard output is the command's. */
    private static final String LOGGING = "classpath:org/casillero/admin/admin-logback.xml";

    /** H2's "database may be already in use": the embedded database is open in a running server. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private Admin() {
        throw new AssertionError();
    }

    /**
     * @param settings the program's settings ({@code --name=value}) given before {@code admin}
     * @param command the command and its arguments, after {@code admin}
     * @return the exit status: 0 done, 1 refused, 2 bad usage, 3 could not run
     */
    public static int run(Class<?> application, String[] settings, String[] command) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, charset);
        PrintWriter err = new PrintWriter(System.err, true, charset);
        return run(application, settings, command, out, err, "logging.config=" + LOGGING);
    }

    /**
     * @param defaults default properties: the logging configuration of a program of its own, none in a
     *     test, whose JVM's logging the other tests share
     */
    static int run(
            Class<?> application,
            String[] settings,
            String[] command,
            PrintWriter out,
            PrintWriter err,
            String... defaults) {
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties(defaults)
                    .run(settings);
        } catch (RuntimeException e) {
            err.println("error: " + startupProblem(e));
            return AdminCli.CANNOT_RUN;
        }
        try (context) {
            return context.getBean(AdminCli.class).execute(out, err, command);
        }
    }

    /** One line on why the application could not start: the innermost cause, which names the problem. */
    private static String startupProblem(Throwable failure) {
        Throwable innermost = failure;
        for (@Nullable Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return "the embedded database is in use by a running Casillero server: stop the server first,"
                        + " or run both on PostgreSQL";
            }
            innermost = cause;
        }
        String message =
                String.valueOf(innermost.getMessage()).lines().findFirst().orElse("");
        return "Casillero could not start with these settings: " + message;
    }
}

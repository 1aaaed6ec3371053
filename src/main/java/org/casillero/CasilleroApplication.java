package org.casillero;

import java.util.Arrays;
import org.casillero.admin.Admin;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The server, or with the word {@code admin} the operator command line: settings ({@code --name=value})
 * come before that word, the command after it.
 */
@SpringBootApplication
public class CasilleroApplication {
    public static void main(String[] args) {
        int admin = Arrays.asList(args).indexOf(Admin.COMMAND);
        boolean onlySettingsBefore = Arrays.stream(args, 0, Math.max(admin, 0)).allMatch(arg -> arg.startsWith("--"));
        if (admin >= 0 && onlySettingsBefore) {
            System.exit(Admin.run(
                    CasilleroApplication.class,
                    Arrays.copyOfRange(args, 0, admin),
                    Arrays.copyOfRange(args, admin + 1, args.length)));
        }
        SpringApplication.run(CasilleroApplication.class, args);
    }
}

package org.casillero.customer;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.InvalidField;
import org.casillero.shared.Secret;
import org.springframework.stereotype.Component;

/**
 * What a customer's password must be, wherever one is set (registration, register-info, password
 * change): at least the minimum length, and, when the operator turns the list on, not one of the most
 * common passwords. The list is zxcvbn's (the 30,000 most common passwords of leaked sets, most
 * common first, in lower case), of which the operator chooses how many to refuse. A refusal names the
 * field with a fixed text: never the password.
 */
@Component
class PasswordPolicy {
    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(CasilleroSettings settings) {
        this.minLength = settings.passwords().minLength();
        this.common = mostCommon(settings.passwords().refuseCommon());
    }

    /** @param field the neutral path of the password's field, for the error */
    void check(Secret password, String field) {
        String value = password.value();
        if (value.codePointCount(0, value.length()) < minLength) {
            throw new InvalidField(field, "must have at least " + minLength + " characters");
        }
        if (!common.isEmpty() && common.contains(value.toLowerCase(Locale.ROOT))) {
            throw new InvalidField(field, "is one of the most common passwords: choose another");
        }
    }

    private static Set<String> mostCommon(int count) {
        if (count == 0) {
            return Set.of();
        }
        try {
            List<String> ranked = StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies();
            return Set.copyOf(ranked.subList(0, Math.min(count, ranked.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords", e);
        }
    }
}

package org.casillero.customer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class CustomerConfiguration {
    /** Argon2id at OWASP's minimum (19 MiB, 2 iterations), native when the library loads. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return NativeArgon2PasswordEncoder.fastestAvailable();
    }
}

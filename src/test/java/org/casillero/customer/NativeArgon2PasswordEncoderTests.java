package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The native encoder and Spring's Bouncy Castle one read each other's hashes, so that a server can
 * switch between them (or fall back) without any customer losing their password.
 */
class NativeArgon2PasswordEncoderTests {
    private final PasswordEncoder encoder = NativeArgon2PasswordEncoder.fastestAvailable();
    private final Argon2PasswordEncoder bouncyCastle = NativeArgon2PasswordEncoder.javaEncoder();

    @Test
    void loadsTheNativeLibraryOnThisMachine() {
        assertThat(encoder).isInstanceOf(NativeArgon2PasswordEncoder.class);
    }

    @Test
    void writesSpringSecuritysFormatAtOwaspsMinimum() {
        assertThat(encoder.encode("pass123"))
                .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void makesHashesThatBouncyCastleVerifies() {
        String hash = encoder.encode("pässwörd-123");

        assertThat(bouncyCastle.matches("pässwörd-123", hash)).isTrue();
        assertThat(bouncyCastle.matches("pässwörd-124", hash)).isFalse();
        assertThat(bouncyCastle.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void verifiesHashesThatBouncyCastleMade() {
        String hash = bouncyCastle.encode("pässwörd-123");

        assertThat(encoder.matches("pässwörd-123", hash)).isTrue();
        assertThat(encoder.matches("pässwörd-124", hash)).isFalse();
    }

    @Test
    void verifiesHashesOfThePreviousSettingsAndAsksToUpgradeThem() {
        String previous = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("pass123");

        assertThat(previous).contains("m=16384,t=2,p=1");
        assertThat(encoder.matches("pass123", previous)).isTrue();
        assertThat(encoder.matches("pass124", previous)).isFalse();
        assertThat(encoder.upgradeEncoding(previous)).isTrue();
        assertThat(encoder.upgradeEncoding(encoder.encode("pass123"))).isFalse();
    }

    @Test
    void verifiesOtherArgon2TypesThroughBouncyCastle() {
        String argon2i = "$argon2i$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$" + "L1JUcRd2h1Fhn+qF+3gGiwxe+CKGqQL53PQxTPBFdf0";

        assertThat(encoder.matches("password", argon2i)).isEqualTo(bouncyCastle.matches("password", argon2i));
    }

    @Test
    void refusesMalformedHashes() {
        assertThat(encoder.matches("pass123", "$argon2id$v=19$m=x,t=2,p=1$c29tZXNhbHQ$AAAA"))
                .isFalse();
        assertThat(encoder.matches("pass123", "$argon2id$v=19$m=19456,t=2,p=1$!!$AAAA"))
                .isFalse();
        assertThat(encoder.matches("pass123", "$argon2id$v=19$m=1,t=2,p=1$c29tZXNhbHQ$AAAA"))
                .isFalse();
        assertThat(encoder.matches("pass123", "")).isFalse();
    }

    @Test
    void fallsBackToBouncyCastleWhenTheLibraryCannotBeLoaded() {
        PasswordEncoder fallback = NativeArgon2PasswordEncoder.fastestAvailable(() -> {
            throw new UnsatisfiedLinkError("Unable to load library 'argon2'");
        });

        assertThat(fallback).isInstanceOf(Argon2PasswordEncoder.class);
        String hash = fallback.encode("pass123");
        assertThat(hash).contains("m=19456,t=2,p=1");
        assertThat(encoder.matches("pass123", hash)).isTrue();
    }
}

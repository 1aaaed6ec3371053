package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonalInfoPatchTests {
    private static final PersonalInfo CURRENT =
            new PersonalInfo(7, "John", "Doe", "111", 5L, LocalDate.of(1980, 8, 19), Gender.M);

    @Test
    void keepsEveryFieldOfAnEmptyPatch() {
        assertThat(new PersonalInfoPatch(null, null, null, null, null, null).applyTo(CURRENT))
                .isEqualTo(CURRENT);
    }

    @Test
    void changesEachGivenFieldAlone() {
        assertThat(new PersonalInfoPatch("Jane", null, null, null, null, null).applyTo(CURRENT))
                .isEqualTo(new PersonalInfo(7, "Jane", "Doe", "111", 5L, LocalDate.of(1980, 8, 19), Gender.M));
        assertThat(new PersonalInfoPatch(null, "Roe", null, null, null, null).applyTo(CURRENT))
                .isEqualTo(new PersonalInfo(7, "John", "Roe", "111", 5L, LocalDate.of(1980, 8, 19), Gender.M));
        assertThat(new PersonalInfoPatch(null, null, "222", null, null, null).applyTo(CURRENT))
                .isEqualTo(new PersonalInfo(7, "John", "Doe", "222", 5L, LocalDate.of(1980, 8, 19), Gender.M));
        assertThat(new PersonalInfoPatch(null, null, null, 9L, null, null).applyTo(CURRENT))
                .isEqualTo(new PersonalInfo(7, "John", "Doe", "111", 9L, LocalDate.of(1980, 8, 19), Gender.M));
        assertThat(new PersonalInfoPatch(null, null, null, null, LocalDate.of(1990, 1, 1), null).applyTo(CURRENT))
                .isEqualTo(new PersonalInfo(7, "John", "Doe", "111", 5L, LocalDate.of(1990, 1, 1), Gender.M));
        assertThat(new PersonalInfoPatch(null, null, null, null, null, Gender.F).applyTo(CURRENT))
                .isEqualTo(new PersonalInfo(7, "John", "Doe", "111", 5L, LocalDate.of(1980, 8, 19), Gender.F));
    }

    @Test
    void keepsTheOtherAccountFlag() {
        AccountType current = new AccountType(100001, false, true);

        assertThat(new AccountTypePatch(true, null).applyTo(current)).isEqualTo(new AccountType(100001, true, true));
        assertThat(new AccountTypePatch(null, false).applyTo(current)).isEqualTo(new AccountType(100001, false, false));
    }
}

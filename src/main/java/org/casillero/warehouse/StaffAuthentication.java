package org.casillero.warehouse;

import org.casillero.shared.Secret;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enabled staff member holding a token; anything else is {@link StaffUnauthorized}. */
@Service
public class StaffAuthentication {
    private final StaffRepository staff;

    StaffAuthentication(StaffRepository staff) {
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    public StaffMember authenticate(Secret token) {
        return staff.byTokenHash(StaffTokens.hash(token))
                .filter(StaffMember::enabled)
                .orElseThrow(StaffUnauthorized::new);
    }
}

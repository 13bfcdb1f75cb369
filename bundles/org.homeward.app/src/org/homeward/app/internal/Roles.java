package org.homeward.app.internal;

import org.homeward.common.security.Role;

/** Roles in words. */
final class Roles {

    private Roles() {
    }

    static String label(Role r) {
        return switch (r) {
            case OPERATIONS_ASSISTANT -> Messages.Role_OPERATIONS_ASSISTANT;
            case OPERATIONS_OFFICER -> Messages.Role_OPERATIONS_OFFICER;
            case PROGRAMME_OFFICER -> Messages.Role_PROGRAMME_OFFICER;
            case ADMINISTRATOR -> Messages.Role_ADMINISTRATOR;
        };
    }
}

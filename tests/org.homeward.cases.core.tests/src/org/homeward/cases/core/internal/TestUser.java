package org.homeward.cases.core.internal;

import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Role;

/** A user of a given role, for tests. */
record TestUser(String name, Role role) implements CurrentUser {

    static final TestUser ASSISTANT = new TestUser("awa.assistant", Role.OPERATIONS_ASSISTANT);
    static final TestUser PROGRAMME_OFFICER = new TestUser("karim.programme", Role.PROGRAMME_OFFICER);
}

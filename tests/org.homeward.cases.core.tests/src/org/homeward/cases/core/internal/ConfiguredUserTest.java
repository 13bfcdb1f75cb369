package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.homeward.common.security.Role;
import org.homeward.common.security.UserPreferences;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.Preferences;

/** The user's name and role come from the preferences, unless the launch sets them. */
class ConfiguredUserTest {

    private final Preferences node = InstanceScope.INSTANCE.getNode("org.homeward.test." + TestDatabase.letters(8));

    @Test
    void preferencesGiveNameAndRoleAndChangesApplyAtOnce() {
        ConfiguredUser user = new ConfiguredUser(null, null, () -> node);
        assertEquals(Role.OPERATIONS_ASSISTANT, user.role(), "no preference: operations assistant");
        assertEquals(System.getProperty("user.name"), user.name());

        node.put(UserPreferences.USER, "karim.programme");
        node.put(UserPreferences.ROLE, "PROGRAMME_OFFICER");

        assertEquals("karim.programme", user.name());
        assertEquals(Role.PROGRAMME_OFFICER, user.role());
    }

    @Test
    void launchPropertiesOverrideThePreferences() {
        node.put(UserPreferences.USER, "karim.programme");
        node.put(UserPreferences.ROLE, "PROGRAMME_OFFICER");

        ConfiguredUser user = new ConfiguredUser("awa.assistant", "operations_officer", () -> node);

        assertEquals("awa.assistant", user.name());
        assertEquals(Role.OPERATIONS_OFFICER, user.role());
    }

    @Test
    void anUnknownRoleFallsBackToTheLeastPrivilegedOne() {
        node.put(UserPreferences.ROLE, "SUPERUSER");
        assertEquals(Role.OPERATIONS_ASSISTANT, new ConfiguredUser(null, null, () -> node).role());
    }
}

package org.homeward.cases.core.internal;

import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Role;
import org.homeward.common.security.UserPreferences;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The user until authentication arrives: the launch property {@code homeward.user}, else the name
 * set in the preferences ({@link UserPreferences}), else the system user name; the role likewise
 * from {@code homeward.role}, the preferences, else operations assistant. Read on each call, so that
 * a change in the preferences applies at once. Low ranking, so that a real authentication service
 * replaces it.
 */
@Component(property = "service.ranking:Integer=-100")
public class ConfiguredUser implements CurrentUser {

    private final String nameOverride;
    private final String roleOverride;
    private final Supplier<org.osgi.service.prefs.Preferences> preferences;

    @Activate
    public ConfiguredUser(BundleContext context) {
        this(context.getProperty("homeward.user"), context.getProperty("homeward.role"),
                () -> InstanceScope.INSTANCE.getNode(UserPreferences.NODE));
    }

    ConfiguredUser(String name, String role, Supplier<org.osgi.service.prefs.Preferences> preferences) {
        this.nameOverride = blankToNull(name);
        this.roleOverride = blankToNull(role);
        this.preferences = preferences;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String name() {
        String n = nameOverride != null
                ? nameOverride
                : blankToNull(preferences.get().get(UserPreferences.USER, null));
        if (n == null) {
            n = System.getProperty("user.name", "homeward");
        }
        return n.length() > 64 ? n.substring(0, 64) : n;
    }

    @Override
    public Role role() {
        String r = roleOverride != null
                ? roleOverride
                : blankToNull(preferences.get().get(UserPreferences.ROLE, null));
        if (r == null) {
            return Role.OPERATIONS_ASSISTANT;
        }
        try {
            return Role.valueOf(r.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            ILog.of(ConfiguredUser.class).warn("Unknown role '" + r + "': operations assistant assumed");
            return Role.OPERATIONS_ASSISTANT;
        }
    }
}

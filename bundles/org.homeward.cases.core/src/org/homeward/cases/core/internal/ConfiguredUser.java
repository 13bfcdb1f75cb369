package org.homeward.cases.core.internal;

import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Role;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The user until authentication arrives: {@code homeward.user} (else the system user name) with the
 * role {@code homeward.role} (else operations assistant). Low ranking, so that a real
 * authentication service replaces it.
 */
@Component(property = "service.ranking:Integer=-100")
public class ConfiguredUser implements CurrentUser {

    private final String name;
    private final Role role;

    @Activate
    public ConfiguredUser(BundleContext context) {
        this(context.getProperty("homeward.user"), context.getProperty("homeward.role"));
    }

    ConfiguredUser(String name, String role) {
        String n = name == null || name.isBlank() ? System.getProperty("user.name", "homeward") : name.strip();
        this.name = n.length() > 64 ? n.substring(0, 64) : n;
        Role r = Role.OPERATIONS_ASSISTANT;
        if (role != null && !role.isBlank()) {
            r = Role.valueOf(role.strip().toUpperCase(java.util.Locale.ROOT));
        }
        this.role = r;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Role role() {
        return role;
    }
}

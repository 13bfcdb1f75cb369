package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.homeward.common.security.AccountService;
import org.homeward.common.security.PermissionDeniedException;
import org.homeward.common.security.Permissions;
import org.homeward.common.security.Requires;
import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The permission matrix, checked on the running services: every method of every Homeward service declares the
 * permission it needs, and called as each role (and with nobody signed in) it refuses exactly when the matrix
 * says the role does not hold that permission, before anything else happens. The calls carry empty arguments
 * (nulls, zeros, true), so an allowed call usually fails afterwards on its arguments; only a refusal for
 * permission counts.
 */
class EveryServiceMethodTest {

    /** Calls with real effects outside the database even on empty arguments; checked for refusal only. */
    private static final Set<String> REFUSAL_ONLY = Set.of("NotificationService.sendDue",
            "MailServerSettings.verify");

    private record Service(Class<?> type, Object instance) {
    }

    @Test
    void everyServiceMethodRefusesExactlyTheRolesTheMatrixExcludes() throws Exception {
        List<Service> services = services();
        Set<String> names = new TreeSet<>(services.stream().map(s -> s.type().getSimpleName()).toList());
        assertTrue(names.containsAll(List.of("CaseService", "HouseholdService", "ConsentService",
                "VulnerabilityService", "AttachmentService", "TravelDocService", "BookingService",
                "NotificationService", "ReferralService", "CaseListExport", "RetentionService", "AccountService")),
                "the services found: " + names);

        List<String> undeclared = new ArrayList<>();
        for (Service s : services) {
            for (Method m : methods(s.type())) {
                if (m.getAnnotation(Requires.class) == null) {
                    undeclared.add(s.type().getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), undeclared, "service methods that declare no permission");

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        AccountService accounts = Workbench.service(AccountService.class);
        try {
            for (Role role : roles()) {
                if (role == null) {
                    accounts.signOut();
                } else {
                    TestAccounts.signInAs(role);
                }
                for (Service s : services) {
                    for (Method m : methods(s.type())) {
                        String name = s.type().getSimpleName() + "." + m.getName();
                        Requires requires = m.getAnnotation(Requires.class);
                        if (requires.value().length == 0) {
                            continue; // open to anyone: signing in, one's own password
                        }
                        boolean allowed = Arrays.stream(requires.value()).allMatch(p -> Permissions.granted(role, p));
                        if (allowed && REFUSAL_ONLY.contains(name)) {
                            continue;
                        }
                        calls++;
                        Throwable outcome = call(s.instance(), m);
                        boolean refused = outcome instanceof PermissionDeniedException;
                        if (allowed == refused) {
                            wrong.add(role + " " + name + Arrays.toString(requires.value()) + ": "
                                    + (refused ? "refused" : "not refused (" + outcome + ")"));
                        }
                    }
                }
            }
        } finally {
            TestAccounts.signInAs(Role.OPERATIONS_ASSISTANT);
        }
        assertEquals(List.of(), wrong, "calls that disagree with the matrix");
        assertTrue(calls > 400, "calls made: " + calls);
    }

    /** Nobody signed in first: nothing succeeds then, so no screen refreshes while nobody is signed in. */
    private static List<Role> roles() {
        List<Role> roles = new ArrayList<>();
        roles.add(null);
        roles.addAll(Arrays.asList(Role.values()));
        return roles;
    }

    /** What the call threw, or null when it returned. */
    private static Throwable call(Object service, Method m) {
        Object[] args = new Object[m.getParameterCount()];
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = empty(types[i]);
        }
        try {
            m.invoke(service, args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return true; // "anonymised" where a method asks: what every role may ask for
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }

    /** The interface's own methods that implementations answer (not static ones). */
    private static List<Method> methods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> !Modifier.isStatic(m.getModifiers())
                && !m.isSynthetic() && Modifier.isPublic(m.getModifiers()))
                .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }

    /**
     * Every service interface of a Homeward bundle registered in the running workbench that declares a
     * permission on at least one method; plug-in points that areas implement for each other (lifecycle
     * participants, letter templates, report definitions) are called inside those services, not by users.
     */
    private static List<Service> services() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(EveryServiceMethodTest.class).getBundleContext();
        Set<String> seen = new LinkedHashSet<>();
        List<Service> found = new ArrayList<>();
        for (ServiceReference<?> ref : context.getAllServiceReferences(null, null)) {
            Bundle owner = ref.getBundle();
            if (owner == null || !owner.getSymbolicName().startsWith("org.homeward.")) {
                continue;
            }
            for (String name : (String[]) ref.getProperty(Constants.OBJECTCLASS)) {
                if (!name.startsWith("org.homeward.") || !seen.add(name)) {
                    continue;
                }
                Class<?> type = owner.loadClass(name);
                if (type.isInterface() && methods(type).stream().anyMatch(m -> m.isAnnotationPresent(
                        Requires.class))) {
                    found.add(new Service(type, context.getService(ref)));
                } else if (type.isInterface() && isUserFacing(type)) {
                    found.add(new Service(type, context.getService(ref))); // fails below: declares nothing
                }
            }
        }
        return found;
    }

    /** A service of a model package that users' screens call (not a plug-in point). */
    private static boolean isUserFacing(Class<?> type) {
        String n = type.getName();
        return (n.contains(".model.service.") || n.startsWith("org.homeward.reporting.model."))
                && !n.endsWith("Participant") && !n.endsWith("TemplateSource") && !n.endsWith("Definition")
                && !n.endsWith("Events");
    }
}

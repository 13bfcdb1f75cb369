package org.homeward.common.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a service method needs: its implementation checks it first
 * ({@link CurrentUser#require(Permission)}), before it reads or changes anything, and refuses with a
 * {@link PermissionDeniedException}. An empty value means the method is open to anyone, signed in or not
 * (signing in itself). A test calls every annotated method as every role and compares with
 * {@link Permissions}.
 *
 * @since 2.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {

    Permission[] value();
}

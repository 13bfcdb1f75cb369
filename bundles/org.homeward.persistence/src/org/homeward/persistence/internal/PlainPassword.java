package org.homeward.persistence.internal;

import org.eclipse.persistence.security.Securable;

/**
 * Hands the database server's password to the driver as given. EclipseLink otherwise takes the password
 * property for one it obfuscated itself and fails to decode it; Homeward keeps the password in the
 * workstation's encrypted secure storage and passes it only in memory.
 */
public final class PlainPassword implements Securable {

    @Override
    public String encryptPassword(String password) {
        return password;
    }

    @Override
    public String decryptPassword(String password) {
        return password;
    }
}

package org.homeward.persistence.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the persistence bundle (French by default; English and Arabic beside). */
public final class Messages extends NLS {

    public static String Database_opened;
    public static String Database_failed;
    public static String Database_closeFailed;
    public static String Migration_badName;
    public static String Migration_applied;
    public static String Migration_failed;
    public static String Migration_checksum;
    public static String Migration_newerDatabase;
    public static String Migration_duplicate;
    public static String Contribution_duplicate;
    public static String Contribution_missing;
    public static String Contribution_cycle;
    public static String Vault_throttled;
    public static String Vault_wrongPassword;
    public static String Vault_unreadable;
    public static String Vault_unwritable;
    public static String Vault_exists;
    public static String Vault_locked;
    public static String Encryption_countsDiffer;
    public static String Encryption_done;
    public static String Backup_beforeMigration;
    public static String Database_inUse;
    public static String Vault_serverUnreachable;
    public static String Database_noServerPassword;

    static {
        NLS.initializeMessages("org.homeward.persistence.internal.messages", Messages.class);
    }

    private Messages() {
    }
}

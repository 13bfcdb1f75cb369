package org.homeward.persistence.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.homeward.persistence.Vault;
import org.homeward.persistence.VaultException;
import org.homeward.persistence.VaultException.Reason;

/**
 * The vault over a {@link KeySlots} file: the first unlock hands the database key to {@code opener}, which
 * opens the database; the key then stays in memory so that administrators can give slots to new accounts.
 */
final class VaultImpl implements Vault {

    private final KeySlots slots;
    private final Consumer<byte[]> opener;
    private byte[] key;

    VaultImpl(KeySlots slots, Consumer<byte[]> opener) {
        this.slots = slots;
        this.opener = opener;
    }

    @Override
    public synchronized State state() {
        if (key != null) {
            return State.UNLOCKED;
        }
        try {
            return slots.isEmpty() ? State.NEW : State.LOCKED;
        } catch (VaultException e) {
            return State.LOCKED; // unreadable slots: unlocking will say why
        }
    }

    @Override
    public void create(String user, char[] password) throws VaultException {
        byte[] fresh;
        synchronized (this) {
            if (key != null || !slots.isEmpty()) {
                throw new VaultException(Reason.EXISTS, Messages.Vault_exists);
            }
            fresh = slots.newKey();
            slots.put(user, password, fresh);
            key = fresh;
        }
        opener.accept(fresh.clone());
    }

    @Override
    public void unlock(String user, char[] password) throws VaultException {
        byte[] opened = slots.open(user, password);
        synchronized (this) {
            if (key != null) {
                return;
            }
            key = opened;
        }
        opener.accept(opened.clone());
    }

    @Override
    public void verify(String user, char[] password) throws VaultException {
        Arrays.fill(slots.open(user, password), (byte) 0);
    }

    @Override
    public synchronized void grant(String user, char[] password) throws VaultException {
        slots.put(user, password, unlockedKey());
    }

    @Override
    public void change(String user, char[] oldPassword, char[] newPassword) throws VaultException {
        byte[] opened = slots.open(user, oldPassword);
        try {
            slots.put(user, newPassword, opened);
        } finally {
            Arrays.fill(opened, (byte) 0);
        }
    }

    @Override
    public synchronized void revoke(String user) throws VaultException {
        unlockedKey();
        slots.remove(user);
    }

    @Override
    public boolean holds(String user) {
        try {
            return slots.holds(user);
        } catch (VaultException e) {
            return false;
        }
    }

    @Override
    public List<FailedAttempt> takeFailedAttempts() throws VaultException {
        return slots.takeFailedAttempts();
    }

    private byte[] unlockedKey() throws VaultException {
        if (key == null) {
            throw new VaultException(Reason.LOCKED, Messages.Vault_locked);
        }
        return key;
    }
}

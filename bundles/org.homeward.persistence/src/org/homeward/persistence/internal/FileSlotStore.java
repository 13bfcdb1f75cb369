package org.homeward.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.homeward.common.files.OwnerOnly;
import org.homeward.persistence.VaultException;
import org.homeward.persistence.VaultException.Reason;

/**
 * The key slots file beside an embedded database ({@code database.keys}): written whole or not at all (a
 * temporary file moved in place), readable by its owner alone. One process at a time uses the data folder
 * (its lock), so a monitor is enough to keep steps apart.
 */
final class FileSlotStore implements SlotStore {

    private final Path file;

    FileSlotStore(Path file) {
        this.file = file;
    }

    @Override
    public String where() {
        return file.toString();
    }

    @Override
    public synchronized Properties read() throws VaultException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new VaultException(Reason.FAILED, NLS.bind(Messages.Vault_unreadable, file), 0, e);
            }
        }
        return p;
    }

    @Override
    public synchronized <T> T change(Change<T> change) throws VaultException {
        Properties p = read();
        Properties before = (Properties) p.clone();
        T result = change.apply(p);
        if (!p.equals(before)) {
            write(p);
        }
        return result;
    }

    private void write(Properties p) throws VaultException {
        try {
            Path dir = OwnerOnly.folder(file.getParent());
            Path part = Files.createTempFile(dir, "slots-", ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                p.store(out, "Homeward key slots: do not edit");
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new VaultException(Reason.FAILED, NLS.bind(Messages.Vault_unwritable, file), 0, e);
        }
    }
}

package org.homeward.persistence.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.homeward.common.files.OwnerOnly;
import org.homeward.persistence.SecretStore;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The secure storage in {@code <data>/secure/}: Eclipse secure preferences in {@code secure_storage},
 * encrypted with a random key made on first use in {@code storage.key}; the folder is readable by the
 * user alone (POSIX permissions on Linux, an access list naming only the owner on Windows). No prompt,
 * no platform keyring needed, so it works the same on every workstation and under test.
 */
@Component(service = SecretStore.class)
public class SecretStoreComponent implements SecretStore {

    private final ISecurePreferences root;

    @Activate
    public SecretStoreComponent(BundleContext context) throws IOException {
        this(DatabaseSettings.dataDirectory(context::getProperty).resolve("secure"));
    }

    SecretStoreComponent(Path folder) throws IOException {
        OwnerOnly.folder(folder);
        char[] key = key(folder.resolve("storage.key"));
        URL location = folder.resolve("secure_storage").toUri().toURL();
        root = SecurePreferencesFactory.open(location, Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(key),
                IProviderHints.PROMPT_USER, Boolean.FALSE));
        if (root == null) {
            throw new IOException("secure storage could not be opened in " + folder);
        }
    }

    @Override
    public ISecurePreferences node(String path) {
        return root.node(path);
    }

    @Override
    public void flush() throws StorageException {
        try {
            root.flush();
        } catch (IOException e) {
            throw new StorageException(StorageException.INTERNAL_ERROR, e);
        }
    }

    /** The storage's key: read, or made (256 random bits) the first time. */
    private static char[] key(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Files.writeString(file, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        OwnerOnly.file(file); // also for a key written before it was made owner-only
        return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
    }
}

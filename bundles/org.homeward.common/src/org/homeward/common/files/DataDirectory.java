package org.homeward.common.files;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where a workstation keeps Homeward's data (database, secure storage, private copies, logs): the
 * property {@code homeward.data.dir}; else the instance area given with {@code -data}; else
 * {@code ~/.homeward}.
 */
public final class DataDirectory {

    /** The property naming the data directory. */
    public static final String PROPERTY = "homeward.data.dir";

    private DataDirectory() {
    }

    /** The data directory, from {@code properties} (framework or system properties). */
    public static Path resolve(UnaryOperator<String> properties) {
        String explicit = properties.apply(PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String instance = properties.apply("osgi.instance.area");
        if (instance != null && instance.startsWith("file:")) {
            return Path.of(URI.create(instance.replace(" ", "%20"))).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".homeward");
    }
}

package org.homeward.persistence;

import java.io.IOException;
import java.sql.SQLException;

import org.homeward.persistence.internal.Database;
import org.homeward.persistence.internal.DatabaseComponent;
import org.homeward.persistence.internal.DatabaseSettings;
import org.osgi.framework.BundleContext;

import jakarta.persistence.EntityManagerFactory;

/**
 * Another workstation on the database this one uses: a second {@link EntityManagerFactory} with its own
 * connections and its own persistence context, over the same contributions, as a second workbench opens it.
 * For the load script and the tests that show two workstations working on the same cases; the database must
 * be open here already (embedded Derby is then reached through the engine that booted it).
 *
 * @since 1.5
 */
public final class Workstations {

    private Workstations() {
    }

    /** Opens another workstation's factory; the caller closes it (closing it leaves the database open). */
    public static EntityManagerFactory another(BundleContext context) throws IOException, SQLException {
        DatabaseSettings settings = DatabaseSettings.resolve(context::getProperty);
        try {
            return Database.open(settings, DatabaseComponent.contributions(context),
                    Database.class.getClassLoader()).emf();
        } catch (ReflectiveOperationException | org.homeward.persistence.internal.MigrationException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }
}

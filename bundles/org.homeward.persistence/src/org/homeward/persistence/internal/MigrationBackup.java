package org.homeward.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.homeward.common.files.OwnerOnly;

/**
 * An online backup of the embedded database (Derby's {@code SYSCS_BACKUP_DATABASE}, which keeps its encryption)
 * before schema scripts run on data that already exists, in an owner-only {@code backups/before-migration-<time>}.
 * The last {@value #KEPT} such copies are kept.
 */
final class MigrationBackup {

    static final int KEPT = 3;
    static final String PREFIX = "before-migration-";

    private MigrationBackup() {
    }

    /** The backup folder, or null when no script is due or the database is new. */
    static Path beforeMigrating(Connection c, List<SchemaContribution> ordered, Path backups)
            throws SQLException, IOException, MigrationException {
        boolean existing = MigrationRunner.hasTable(c, MigrationRunner.TABLE)
                || MigrationRunner.hasTable(c, MigrationRunner.LEGACY_TABLE);
        if (!existing || !due(c, ordered)) {
            return null;
        }
        Path dir = OwnerOnly.folder(backups.resolve(PREFIX
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"))));
        try (CallableStatement backup = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, dir.toString());
            backup.execute();
        }
        ILog.of(MigrationBackup.class).info(NLS.bind(Messages.Backup_beforeMigration, dir));
        prune(backups);
        return dir;
    }

    private static boolean due(Connection c, List<SchemaContribution> ordered)
            throws SQLException, MigrationException {
        for (SchemaContribution contribution : ordered) {
            int latest = new MigrationRunner(contribution.name(), contribution.migrations()).latestVersion();
            if (MigrationRunner.currentVersion(c, contribution.name()) < latest) {
                return true;
            }
        }
        return false;
    }

    private static void prune(Path backups) throws IOException {
        List<Path> kept;
        try (Stream<Path> all = Files.list(backups)) {
            kept = new ArrayList<>(all.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList());
        }
        for (Path old : kept.subList(Math.min(KEPT, kept.size()), kept.size())) {
            try (Stream<Path> files = Files.walk(old)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

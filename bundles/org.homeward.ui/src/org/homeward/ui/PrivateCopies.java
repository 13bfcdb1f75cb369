package org.homeward.ui;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;

/**
 * Copies of files holding personal data that the workbench hands to another program (a letter, a
 * scan): written in a new folder only the user can read (POSIX permissions on Linux, an access list
 * naming only the owner on Windows), and deleted when the workbench exits.
 */
public final class PrivateCopies {

    private PrivateCopies() {
    }

    /** A new folder only the user can read, deleted at exit once emptied. */
    public static Path folder() throws IOException {
        Path dir;
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            dir = Files.createTempDirectory("homeward-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            dir = Files.createTempDirectory("homeward-");
            ownerOnly(dir);
        }
        dir.toFile().deleteOnExit();
        return dir;
    }

    private static void ownerOnly(Path dir) throws IOException {
        AclFileAttributeView acl = Files.getFileAttributeView(dir, AclFileAttributeView.class);
        if (acl == null) {
            throw new IOException("cannot restrict " + dir + " to its owner");
        }
        UserPrincipal owner = Files.getOwner(dir);
        acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
    }

    /** Writes {@code content} under {@code fileName} (made safe) in a new private folder; deleted at exit. */
    public static Path write(String fileName, byte[] content) throws IOException {
        Path copy = Files.write(folder().resolve(safe(fileName)), content);
        copy.toFile().deleteOnExit();
        return copy;
    }

    /** {@code fileName} without the characters a file system refuses. */
    public static String safe(String fileName) {
        return fileName.replaceAll("[\\\\/:*?\"<>|]", "_");
    }
}

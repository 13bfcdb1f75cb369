package org.homeward.common.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Folders that hold personal data, readable by their owner alone: mode 0700 where the file system has
 * POSIX permissions (Linux), else an access list with one entry, the owner's, inherited by everything
 * created inside (Windows, NTFS). The choice follows the folder's own file system, so the Windows path
 * runs wherever a file system offers access lists.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> OWNER = PosixFilePermissions.fromString("rwx------");

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /**
     * Creates {@code dir} (and its parents) when missing and restricts it to its owner.
     *
     * @return {@code dir}
     * @throws IOException when it cannot be created, or its file system can restrict it in neither way
     */
    public static Path folder(Path dir) throws IOException {
        if (posix(dir)) {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER));
            }
            Files.setPosixFilePermissions(dir, OWNER);
            return dir;
        }
        Files.createDirectories(dir);
        AclFileAttributeView acl = Files.getFileAttributeView(dir, AclFileAttributeView.class);
        if (acl == null) {
            throw new IOException("cannot restrict " + dir + " to its owner: its file system has neither POSIX"
                    + " permissions nor access lists");
        }
        acl.setAcl(List.of(ownerEntry(Files.getOwner(dir))));
        return dir;
    }

    /**
     * Restricts an existing file to its owner (read and write): POSIX 0600, or an access list naming only
     * the owner. For files a library writes with the umask's permissions inside an owner-only folder.
     *
     * @return {@code file}
     * @since 1.1
     */
    public static Path file(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, FILE);
            return file;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl == null) {
            throw new IOException("cannot restrict " + file + " to its owner: its file system has neither POSIX"
                    + " permissions nor access lists");
        }
        acl.setAcl(List.of(ownerEntry(Files.getOwner(file))));
        return file;
    }

    /** Whether only the owner can read or enter {@code dir}. */
    public static boolean isOwnerOnly(Path dir) throws IOException {
        if (posix(dir)) {
            return Files.getPosixFilePermissions(dir).equals(OWNER);
        }
        AclFileAttributeView acl = Files.getFileAttributeView(dir, AclFileAttributeView.class);
        if (acl == null) {
            return false;
        }
        UserPrincipal owner = Files.getOwner(dir);
        return acl.getAcl().stream().allMatch(e -> e.type() == AclEntryType.DENY || e.principal().equals(owner));
    }

    private static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static AclEntry ownerEntry(UserPrincipal owner) {
        return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT).build();
    }
}

package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.homeward.common.files.OwnerOnly;
import org.homeward.ui.PrivateCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

/**
 * The copies of letters and scans handed to another program: in an owner-only folder under the data
 * directory, named after the record and the type of their content (not the user's file name), swept at
 * start-up. On Linux's file system, and on a Windows one (drive letters, backslashes, access lists and no
 * POSIX permissions) so that the Windows code path runs here too.
 */
class PrivateCopiesTest {

    private static final byte[] PDF = "%PDF-1.7\n% letter\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @TempDir
    Path data;

    @Test
    void onLinuxCopiesAreNamedByRecordAndContentInAFolderOnlyTheOwnerReads() throws IOException {
        PrivateCopies copies = new PrivateCopies(data.resolve("tmp"));

        Path scan = copies.write("attachment-12", PNG); // uploaded as "passeport Aminata.pdf"
        Path letter = copies.write("letter-3", PDF);
        Path odt = copies.write("attachment-13", odt());
        Path unknown = copies.write("attachment-14", "MZ\u0090\u0000 a program".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(List.of("attachment-12.png", "letter-3.pdf", "attachment-13.odt", "attachment-14.bin"),
                Stream.of(scan, letter, odt, unknown).map(p -> p.getFileName().toString()).toList());
        assertEquals(data.resolve("tmp"), scan.getParent());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(scan.getParent())));
        assertArrayEquals(PNG, Files.readAllBytes(scan));
        assertThrows(IllegalArgumentException.class, () -> copies.write("../Aminata Traoré.pdf", PDF),
                "a name with a person's name or a path in it is refused");
        assertEquals(4, names(data.resolve("tmp")).size(), "no partial file left behind");
    }

    @Test
    void theSweepsRemoveWhatACrashLeftAndThenOnlyOldCopies() throws IOException {
        PrivateCopies copies = new PrivateCopies(data.resolve("tmp"));
        Path old = copies.write("attachment-1", PDF);
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(PrivateCopies.KEPT).minusSeconds(60)));
        Path fresh = copies.write("attachment-2", PDF);

        assertEquals(1, copies.sweep(Instant.now().minus(PrivateCopies.KEPT)), "the periodic sweep");
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh), "a copy just handed over stays while the program reads it");

        assertEquals(1, copies.sweep(), "the start-up and exit sweep");
        assertEquals(Set.of(), names(data.resolve("tmp")));
        assertEquals(0, new PrivateCopies(data.resolve("never-made")).sweep());
    }

    @Test
    void onWindowsTheFolderGetsAnAccessListNamingOnlyItsOwnerInheritedByTheCopies() throws IOException {
        Configuration windows = Configuration.windows().toBuilder().setAttributeViews("basic", "owner", "acl", "dos")
                .build();
        try (FileSystem fs = Jimfs.newFileSystem(windows)) {
            Path dataDir = fs.getPath("C:\\Users\\amina\\AppData\\Roaming\\Homeward");
            assertFalse(fs.supportedFileAttributeViews().contains("posix"), "the Windows path is the one taken");
            PrivateCopies copies = new PrivateCopies(dataDir.resolve("tmp"));

            Path scan = copies.write("attachment-7", PDF);

            assertEquals("C:\\Users\\amina\\AppData\\Roaming\\Homeward\\tmp\\attachment-7.pdf", scan.toString());
            assertArrayEquals(PDF, Files.readAllBytes(scan));
            List<AclEntry> acl = Files.getFileAttributeView(scan.getParent(), AclFileAttributeView.class).getAcl();
            assertEquals(1, acl.size(), acl.toString());
            AclEntry only = acl.get(0);
            assertEquals(AclEntryType.ALLOW, only.type());
            assertEquals(Files.getOwner(scan.getParent()), only.principal());
            assertEquals(Set.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT), only.flags());
            assertTrue(OwnerOnly.isOwnerOnly(scan.getParent()));

            assertEquals(1, copies.sweep());
            assertEquals(Set.of(), names(scan.getParent()));
        }
    }

    @Test
    void aFileSystemThatCanRestrictNothingIsRefusedNotUsedOpen() throws IOException {
        Configuration bare = Configuration.unix().toBuilder().setAttributeViews("basic").build();
        try (FileSystem fs = Jimfs.newFileSystem(bare)) {
            PrivateCopies copies = new PrivateCopies(fs.getPath("/data/tmp"));
            IOException refused = assertThrows(IOException.class, () -> copies.write("attachment-1", PDF));
            assertTrue(refused.getMessage().contains("cannot restrict"), refused.getMessage());
        }
    }

    private static byte[] odt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return Set.copyOf(files.map(p -> p.getFileName().toString()).toList());
        }
    }
}

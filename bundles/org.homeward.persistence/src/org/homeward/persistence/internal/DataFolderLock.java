package org.homeward.persistence.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One workbench (or headless command) at a time on a data folder that holds an embedded database: an
 * operating-system lock on {@code <data>/homeward.lock}, taken before anyone is asked for a password and
 * held while the process runs. The system drops it when the process ends, however it ends, so a crash
 * never leaves the folder locked. Nothing else in the process may open the file: on Linux, closing any
 * descriptor of it would drop the lock.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE = "homeward.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or returns null when another process (or this one) holds it. */
    static DataFolderLock take(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        org.homeward.common.files.OwnerOnly.file(file); // like every file of the folder, though it holds nothing
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}

package org.stiel.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds a data folder for one process at a time: a running Stiel, or a backup or restore. The operating system
 * releases the lock when its process ends, however it ends, so a lock that cannot be taken means that a live process
 * uses the folder, while a PostgreSQL running on a folder whose lock is free is a leftover (see
 * {@link LeftoverPostmaster}).
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "postgres.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, or fails with a message that says what to do. */
    static DataFolderLock acquire(Path home) {
        Path file = home.resolve(FILE_NAME);
        try {
            var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another Stiel (or a backup or restore) is using the data folder "
                        + home + "; stop it first, or give this one another STIEL_DATA_DIR");
            }
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data folder " + home, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

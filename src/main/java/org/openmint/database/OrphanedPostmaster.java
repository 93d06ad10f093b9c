package org.openmint.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL that an OpenMint killed without a shutdown (SIGKILL, out of memory) left
 * running on its data directory. The embedded PostgreSQL runs as its own process, so it outlives
 * such a crash and holds {@code postmaster.pid}, which would refuse the restarted instance.
 *
 * <p>It is only stopped when no live instance holds the data directory's lock file (the one the
 * embedded PostgreSQL library takes for as long as its JVM runs) and the process is a postmaster
 * of exactly this data directory: never a database another running instance is using.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    /** The lock file that the embedded PostgreSQL library holds in the data directory while its JVM runs. */
    static final String LOCK_FILE = "epg-lock";

    private OrphanedPostmaster() {
    }

    /** Stops the postmaster of {@code dataDir} if a killed instance left it running; waits up to {@code timeout}. */
    static void stopIfOrphaned(Path dataDir, Duration timeout) throws IOException {
        Optional<ProcessHandle> postmaster = runningPostmaster(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        Path lockFile = dataDir.resolve(LOCK_FILE);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldByThisJvm) {
                lock = null;
            }
            if (lock == null) {
                return;
            }
            try {
                stop(postmaster.get(), dataDir, timeout);
            } finally {
                lock.release();
            }
        }
    }

    /** The live postmaster process named in the data directory's {@code postmaster.pid}, if any. */
    static Optional<ProcessHandle> runningPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> isPostmasterOf(process, dataDir));
    }

    private static boolean isPostmasterOf(ProcessHandle process, Path dataDir) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(command -> Path.of(command).getFileName().toString())
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
        boolean ofThisDirectory = info.arguments().map(List::of)
                .filter(arguments -> arguments.stream().anyMatch(argument -> samePath(argument, dataDir)))
                .isPresent();
        return postgres && ofThisDirectory;
    }

    private static boolean samePath(String argument, Path dataDir) {
        try {
            return Path.of(argument).toAbsolutePath().normalize().equals(dataDir.toAbsolutePath().normalize());
        } catch (RuntimeException notAPath) {
            return false;
        }
    }

    /**
     * SIGTERM, PostgreSQL's smart shutdown: the sessions of the killed instance are already gone (the
     * kernel closed their sockets), so it stops at once, rolling back what they left uncommitted.
     * Not pg_ctl: it refuses to run as root, while the embedded binaries run as root in a user namespace.
     */
    private static void stop(ProcessHandle postmaster, Path dataDir, Duration timeout) {
        log.warn("Database: stopping PostgreSQL (pid {}) left running on {} by an instance that did not shut down",
                postmaster.pid(), dataDir);
        postmaster.destroy();
        if (!waitFor(postmaster, timeout)) {
            log.error("Database: PostgreSQL (pid {}) on {} did not stop within {}", postmaster.pid(), dataDir, timeout);
        }
    }

    private static boolean waitFor(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        }
    }
}

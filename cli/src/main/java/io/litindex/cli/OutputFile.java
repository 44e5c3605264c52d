package io.litindex.cli;

import io.litindex.LitindexException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a command's output file atomically: into a temporary file beside it, then moved over it, so a reader
 * sees the old file or the new one, never half of one, and a failed run leaves the old file as it was. Special
 * files such as /dev/null are written directly.
 */
final class OutputFile {
    /** Writes the content. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private OutputFile() {}

    static void write(Path target, Writer writer) {
        Path file = target.toAbsolutePath();
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                if (Files.isDirectory(file)) {
                    throw new LitindexException("cannot write " + target + ": it is a directory");
                }
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    writer.write(out);
                }
                return;
            }
            Path dir = file.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new LitindexException("cannot write " + target + ": no such directory " + dir);
            }
            Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            boolean moved = false;
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    writer.write(out);
                }
                readableLikeANewFile(tmp, file);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                moved = true;
            } finally {
                if (!moved) {
                    Files.deleteIfExists(tmp);
                }
            }
        } catch (NoSuchFileException | FileAlreadyExistsException e) {
            throw new LitindexException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new LitindexException("cannot write " + target + ": permission denied", e);
        } catch (IOException e) {
            throw new LitindexException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Temporary files are private (rw-------); give the result the old file's permissions, or rw-r--r--. */
    private static void readableLikeANewFile(Path tmp, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (Files.exists(target)) {
            view.setPermissions(Files.getPosixFilePermissions(target));
        } else {
            view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}

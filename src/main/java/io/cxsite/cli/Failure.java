package io.cxsite.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What the last-resort handler prints for an exception that reached the command line: a file
 * problem at its file, anything else as a bug. Never the exception's own text, which names Java
 * classes and internals rather than what the user can do (CXSITE_DEBUG=1 prints it, with the trace).
 */
final class Failure {
    private Failure() {
    }

    static String describe(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof FileSystemException file && file.getFile() != null) {
            return file.getFile() + ":1:1: error: " + reason(file) + "; check the file and its folder, then build again";
        }
        return "error: cxsite stopped on an internal error, which is a bug; run again with CXSITE_DEBUG=1 for the"
                + " details and report them";
    }

    private static String reason(FileSystemException file) {
        if (file instanceof NoSuchFileException) {
            return "the file disappeared while cxsite was reading it";
        }
        if (file instanceof AccessDeniedException) {
            return "cxsite may not read or write this file (permission denied)";
        }
        if (file instanceof NotDirectoryException) {
            return "a folder was expected here, but this is a file";
        }
        return "the file system refused to read or write this file";
    }
}

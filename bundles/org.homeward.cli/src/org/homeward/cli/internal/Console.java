package org.homeward.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command's two streams: results for programs on standard output, messages and progress for the user
 * on standard error. Both UTF-8.
 */
final class Console {

    private final OutputStream stdout;
    private final PrintWriter out;
    private final PrintWriter err;

    Console(OutputStream stdout, OutputStream stderr) {
        this.stdout = stdout;
        this.out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        this.err = new PrintWriter(new java.io.OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    }

    static Console standard() {
        return new Console(new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
    }

    /** A result line. */
    void result(String line) {
        out.println(line);
    }

    /** A message or progress line for the user. */
    void say(String line) {
        err.println(line);
    }

    /** Standard output as bytes, for a file written to it ({@code --out -}). */
    OutputStream bytes() {
        out.flush();
        return stdout;
    }

    void flush() {
        out.flush();
        err.flush();
    }
}

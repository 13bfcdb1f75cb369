package org.homeward.app.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * What a UI test needs around documents handed to the system's programs: their private copies (in
 * {@code tmp} under the data directory), and the "no program" notice shown where none is installed.
 */
final class Letters {

    private Letters() {
    }

    /** Closes the notice that no program opens the document, when this machine has none. */
    static void dismissNoProgram(Workbench workbench) {
        // where a program opened the document, no notice shows
        workbench.bot.shellIfShown("Aucun programme pour ce document", Duration.ofSeconds(5))
                .ifPresent(notice -> notice.bot().button("Fermer").click());
    }

    /** The workstation's folder of private copies: {@code tmp} in the data directory. */
    static Path folder() {
        return Path.of(System.getProperty("homeward.data.dir")).resolve("tmp");
    }

    /** Deletes the private copies made so far. */
    static void deleteCopies() throws IOException {
        if (Files.isDirectory(folder())) {
            try (Stream<Path> files = Files.list(folder())) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The private copy {@code name} (such as {@code attachment-12.pdf}), waiting for it to be written. */
    static Path copyOf(String name, Workbench workbench) {
        Path copy = folder().resolve(name);
        workbench.bot.waitUntil(() -> Files.isRegularFile(copy), Duration.ofSeconds(20), "a private copy " + name);
        return copy;
    }

    /** The stacks of the threads doing Homeward's work now, to say what a wait was held up by. */
    static String threads() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t.getName().startsWith("Worker") || t.getName().equals("main") || t.getName().contains("ModalContext")
                    || java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("org.homeward.")
                            && !f.getClassName().startsWith("org.homeward.app.tests"))) {
                dump.append("\n").append(t.getName()).append(" ").append(t.getState());
                for (StackTraceElement f : stack) {
                    dump.append("\n  ").append(f);
                }
            }
        });
        return dump.toString();
    }
}

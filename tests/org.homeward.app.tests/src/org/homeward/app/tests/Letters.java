package org.homeward.app.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a UI test needs around documents handed to the system's programs: their private copies (in
 * the temporary folder, {@code homeward-*}), and the "no program" notice shown where none is installed.
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

    private static List<Path> copies(String fileName) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> dirs = Files.list(tmp)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("homeward-"))
                    .map(d -> d.resolve(fileName)).filter(Files::isRegularFile).toList();
        }
    }

    /** Deletes the private copies of {@code fileName} made so far. */
    static void deleteCopies(String fileName) throws IOException {
        for (Path p : copies(fileName)) {
            Files.delete(p);
        }
    }

    /** The private copy of {@code fileName}, waiting for it to be written. */
    static Path copyOf(String fileName, Workbench workbench) throws IOException {
        workbench.bot.waitUntil(() -> {
            try {
                return !copies(fileName).isEmpty();
            } catch (IOException e) {
                return false;
            }
        }, Duration.ofSeconds(20), "a private copy of " + fileName);
        return copies(fileName).stream().max(Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
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

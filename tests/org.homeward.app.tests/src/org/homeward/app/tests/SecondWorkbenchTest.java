package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * A second workbench started on the data folder this one has open (an assistant double-clicking the icon
 * again) says so, naming the folder, before asking for a password, and ends cleanly once the message is
 * closed; this workbench goes on.
 */
class SecondWorkbenchTest {

    private static final String TITLE = "Homeward ne peut pas ouvrir la base de données";

    @Test
    void aSecondWorkbenchOnTheSameDataFolderSaysItIsInUseAndEndsCleanly() throws Exception {
        Workbench workbench = Workbench.started();
        String data = System.getProperty("homeward.data.dir");
        Path work = Files.createTempDirectory("second-workbench");
        Process second = secondWorkbench(data, work).start();
        try {
            String window = windowTitled(TITLE, 180); // a second runtime starting on a busy machine
            assertFalse(window.isEmpty(), "the second workbench shows \"" + TITLE + "\"; its log: " + log(work));
            String said = log(work);
            assertTrue(said.contains("déjà ouvert") && said.contains(Path.of(data).toString()),
                    "the message names the situation and the folder: " + said);
            // no stack trace from Homeward (the harness's own configuration logs fragments it cannot start)
            List<String> ours = Arrays.stream(said.split("!ENTRY ")).filter(e -> e.startsWith("org.homeward"))
                    .toList();
            assertFalse(ours.isEmpty(), said);
            assertTrue(ours.stream().noneMatch(e -> e.contains("!STACK")), "no stack trace: " + ours);
            // as the user would: a click on the message's only button, OK, at its lower right corner
            java.util.Properties size = new java.util.Properties();
            size.load(new java.io.StringReader(xdotool("getwindowgeometry", "--shell", window)));
            int width = Integer.parseInt(size.getProperty("WIDTH"));
            int height = Integer.parseInt(size.getProperty("HEIGHT"));
            xdotool("mousemove", "--window", window, String.valueOf(width - 60), String.valueOf(height - 30),
                    "click", "1");
            boolean ended = second.waitFor(60, TimeUnit.SECONDS);
            assertTrue(ended, "the second workbench ends once the message is closed (message still shown: "
                    + !windowTitled(TITLE, 1).isEmpty() + "); " + Files.readString(work.resolve("console.txt")));
            assertEquals(0, second.exitValue(), "it ends cleanly");
        } finally {
            second.destroyForcibly();
        }
        // this workbench goes on: its case list still reads the database
        workbench.window.bot().labelContaining("dossier(s)");
    }

    /** The test runtime's bundles in a framework of their own (its own configuration), on the same data folder. */
    private static ProcessBuilder secondWorkbench(String data, Path work) throws IOException {
        Path configuration = Files.createDirectories(work.resolve("configuration"));
        Path config = Path.of(URI.create(System.getProperty("osgi.configuration.area"))).resolve("config.ini");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(config, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("osgi.bundles=")) {
                // without the bundle that signs test runtimes in (the second workbench is an assistant's) and
                // this test bundle, which needs it
                line = "osgi.bundles=" + Arrays.stream(line.substring("osgi.bundles=".length()).split(","))
                        .filter(b -> !b.contains("org.homeward.tests.login") && !b.contains("org.homeward.app.tests"))
                        .collect(Collectors.joining(","));
            }
            lines.add(line);
        }
        Files.write(configuration.resolve("config.ini"), lines, StandardCharsets.ISO_8859_1);
        ProcessHandle.Info self = ProcessHandle.current().info();
        String java = self.command().orElse("java");
        // the Equinox launcher this runtime was started with, which ends the process when the workbench ends
        List<String> arguments = List.of(self.arguments().orElse(new String[0]));
        int jar = arguments.indexOf("-jar");
        assertTrue(jar >= 0, "the test runtime runs from the Equinox launcher: " + arguments);
        ProcessBuilder b = new ProcessBuilder(java, "-Dhomeward.data.dir=" + data, "-Duser.language=fr", "-jar",
                arguments.get(jar + 1), "-install", Path.of(URI.create(System.getProperty("osgi.install.area")))
                        .toString(),
                "-configuration", configuration.toString(), "-data",
                work.resolve("workspace").toString(), "-application", "org.eclipse.e4.ui.workbench.swt.E4Application",
                "-product", "org.homeward.app.product", "-nl", "fr", "-clearPersistedState");
        b.redirectErrorStream(true).redirectOutput(work.resolve("console.txt").toFile());
        return b;
    }

    private static String log(Path work) throws IOException {
        Path log = work.resolve("workspace/.metadata/.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log yet)";
    }

    /** The X window with this title, waited for up to {@code seconds}; empty when none came. */
    private static String windowTitled(String title, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            String found = xdotool("search", "--name", title).strip();
            if (!found.isEmpty()) {
                return found.lines().findFirst().orElse("");
            }
            Thread.sleep(500);
        }
        return "";
    }

    private static String xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }
}

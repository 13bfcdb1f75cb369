package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * No user sees a message's escapes: a text shown as is holds neither {@code ''} nor {@code {0}}, and
 * a bound text gets as many arguments as it has placeholders, in every language.
 */
class MessageFormatTest {

    @Test
    void everyMessageIsShownAsWritten() throws IOException {
        assertEquals(List.of(), MessageFormatCheck.problems(ArchitectureTest.bundles()));
    }

    @Test
    void aBrokenMessageIsFound() throws IOException {
        Path tree = Files.createTempDirectory("messages");
        Path pkg = tree.resolve("org.example.ui/src/org/example/ui/internal");
        Files.createDirectories(pkg);
        Files.writeString(pkg.resolve("Messages.java"), "package org.example.ui.internal; class Messages {}");
        Files.writeString(pkg.resolve("messages.properties"),
                "Plain = Rien pour l''instant\nOne = Le dossier {0}\nTwo = {0} par {1}\nFine = Enregistr\\u00e9\n");
        Files.writeString(pkg.resolve("Part.java"), """
                package org.example.ui.internal;
                class Part {
                    String a = Messages.Plain;
                    String b = Messages.One;
                    String c = NLS.bind(Messages.Two, "x");
                    String d = NLS.bind(Messages.Two, new Object[] {"x", f("y", "z")});
                    String e = Messages.Fine;
                    String g = NLS.bind(Messages.One, list.get(0));
                }
                """, StandardCharsets.UTF_8);
        List<String> problems = MessageFormatCheck.problems(tree);
        assertEquals(3, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("Part.java:3 Plain") && problems.get(0).contains("doubled apostrophe"),
                problems.get(0));
        assertTrue(problems.get(1).contains("Part.java:4 One") && problems.get(1).contains("placeholders"),
                problems.get(1));
        assertTrue(problems.get(2).contains("Part.java:5 Two") && problems.get(2).contains("bound with 1"),
                problems.get(2));
    }

    @Test
    void placeholdersAreCountedAsNlsReadsThem() {
        assertEquals(0, MessageFormatCheck.placeholders("l'''{0}'' pas"));
        assertEquals(2, MessageFormatCheck.placeholders("{1} et {0}"));
        assertEquals(0, MessageFormatCheck.placeholders("'{0}'"));
    }
}

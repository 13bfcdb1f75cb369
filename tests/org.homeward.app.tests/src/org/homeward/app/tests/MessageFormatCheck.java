package org.homeward.app.tests;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a source tree's NLS messages and the Java code that uses them, and lists what a user would
 * see wrong: a message shown as is (no arguments) that holds MessageFormat's escapes ({@code ''}) or
 * placeholders ({@code {0}}), shown with its doubled apostrophe or its unfilled placeholder; and a
 * message bound with a number of arguments other than its placeholders ask for. Every language file
 * of the message is checked.
 */
final class MessageFormatCheck {

    private static final Pattern USE = Pattern.compile("\\bMessages\\.([A-Za-z]\\w*)");
    private static final Pattern BIND = Pattern.compile("(?:NLS\\.bind|MessageFormat\\.format)\\(\\s*$");
    private static final Pattern ARRAY = Pattern.compile("^new\\s+(?:Object|String)\\s*\\[\\s*\\]\\s*\\{(.*)\\}$",
            Pattern.DOTALL);

    private MessageFormatCheck() {
    }

    /** The problems of every bundle under {@code bundles}, one line each. */
    static List<String> problems(Path bundles) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(bundles)) {
            for (Path bundle : dirs.filter(Files::isDirectory).sorted().toList()) {
                found.addAll(bundleProblems(bundle));
            }
        }
        return found;
    }

    private static List<String> bundleProblems(Path bundle) throws IOException {
        Path src = bundle.resolve("src");
        if (!Files.isDirectory(src)) {
            return List.of();
        }
        List<Path> sources;
        try (Stream<Path> files = Files.walk(src)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        List<Path> catalogues = sources.stream().filter(f -> f.getFileName().toString().equals("Messages.java"))
                .toList();
        List<String> found = new ArrayList<>();
        for (Path catalogue : catalogues) {
            List<Properties> languages = languages(catalogue.getParent());
            for (Path f : sources) {
                if (!f.equals(catalogue)) {
                    found.addAll(uses(bundle.getFileName() + "/" + src.relativize(f), Files.readString(f,
                            StandardCharsets.UTF_8), languages, catalogues.size() > 1 ? catalogue : null, f));
                }
            }
        }
        return found;
    }

    private static List<Properties> languages(Path folder) throws IOException {
        List<Properties> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("messages(_\\w+)?\\.properties"))
                    .sorted().toList()) {
                Properties p = new Properties() {

                    private static final long serialVersionUID = 1L;

                    @Override
                    public synchronized Object put(Object key, Object value) {
                        return super.put(key, new String[]{f.getFileName().toString(), (String) value});
                    }
                };
                try (Reader in = Files.newBufferedReader(f, StandardCharsets.ISO_8859_1)) {
                    p.load(in);
                }
                all.add(p);
            }
        }
        return all;
    }

    private static List<String> uses(String where, String code, List<Properties> languages, Path onlyCatalogue,
            Path file) {
        if (onlyCatalogue != null && !file.getParent().equals(onlyCatalogue.getParent())
                && !code.contains(packageOf(onlyCatalogue) + ".Messages")) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        Matcher use = USE.matcher(code);
        while (use.find()) {
            String key = use.group(1);
            int line = lineOf(code, use.start());
            Integer bound = boundArguments(code, use.start(), use.end());
            for (Properties language : languages) {
                Object entry = language.get(key);
                if (!(entry instanceof String[] pair)) {
                    continue;
                }
                String text = pair[1];
                int wanted = placeholders(text);
                String at = where + ":" + line + " " + key + " (" + pair[0] + ")";
                if (bound == null) {
                    if (wanted > 0) {
                        found.add(at + ": shown without arguments but has placeholders: " + text);
                    } else if (text.contains("''")) {
                        found.add(at + ": shown without arguments but has a doubled apostrophe: " + text);
                    }
                } else if (bound >= 0 && bound != wanted) {
                    found.add(at + ": bound with " + bound + " argument(s), the message has " + wanted + ": " + text);
                }
            }
        }
        return found;
    }

    private static String packageOf(Path catalogue) {
        String path = catalogue.getParent().toString().replace('\\', '/');
        int src = path.lastIndexOf("/src/");
        return path.substring(src + 5).replace('/', '.');
    }

    private static int lineOf(String code, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * How many arguments bind the message used at {@code start}: null when it is not the pattern of
     * {@code NLS.bind} or {@code MessageFormat.format}, -1 when they cannot be counted (an array
     * variable).
     */
    private static Integer boundArguments(String code, int start, int end) {
        int from = Math.max(0, start - 60);
        if (!BIND.matcher(code.substring(from, start)).find()) {
            return null;
        }
        int i = end;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        if (i >= code.length() || code.charAt(i) != ',') {
            return 0;
        }
        List<String> args = topLevel(code, i + 1, ')');
        if (args.size() == 1) {
            Matcher array = ARRAY.matcher(args.get(0).strip());
            if (array.matches()) {
                return array.group(1).isBlank() ? 0 : splitTopLevel(array.group(1)).size();
            }
            if (args.get(0).strip().matches("\\w+") && !args.get(0).strip().matches("\\d+")) {
                return looksLikeArray(code, args.get(0).strip()) ? -1 : 1;
            }
        }
        return args.size();
    }

    private static boolean looksLikeArray(String code, String name) {
        return Pattern.compile("(?:Object|String)\\s*\\[\\s*\\]\\s+" + Pattern.quote(name) + "\\b").matcher(code)
                .find()
                || Pattern.compile("(?:Object|String)\\.\\.\\.\\s+" + Pattern.quote(name) + "\\b")
                        .matcher(code).find();
    }

    /** The comma-separated expressions from {@code from} up to the bracket closing them. */
    private static List<String> topLevel(String code, int from, char close) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' && code.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString) {
                if (c == '(' || c == '{' || c == '[') {
                    depth++;
                } else if (c == ')' || c == '}' || c == ']') {
                    if (depth == 0) {
                        return splitTopLevel(code.substring(from, i));
                    }
                    depth--;
                }
            }
        }
        return List.of();
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString) {
                if (c == '(' || c == '{' || c == '[') {
                    depth++;
                } else if (c == ')' || c == '}' || c == ']') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    parts.add(text.substring(start, i));
                    start = i + 1;
                }
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /**
     * How many arguments a message asks for, read as {@code NLS.bind} reads it: one more than the
     * highest {@code {n}} outside quotes.
     */
    static int placeholders(String text) {
        int highest = -1;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int close = text.indexOf('}', i);
                if (close > i) {
                    String inside = text.substring(i + 1, close).split(",")[0].strip();
                    if (inside.matches("\\d+")) {
                        highest = Math.max(highest, Integer.parseInt(inside));
                    }
                    i = close;
                }
            }
        }
        return highest + 1;
    }
}

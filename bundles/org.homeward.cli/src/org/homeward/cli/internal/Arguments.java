package org.homeward.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * A command's arguments: words, {@code --name value} options and {@code --flag} switches; {@code --map}
 * may repeat. Anything unknown is a usage error naming it.
 */
final class Arguments {

    private final List<String> words = new ArrayList<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();

    Arguments(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                if (flags.contains(name)) {
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else if (valued.contains(name)) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(NLS.bind(Messages.Usage_needsValue, a));
                    }
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add(args.get(++i));
                } else {
                    throw new UsageException(NLS.bind(Messages.Usage_unknownOption, a));
                }
            } else {
                words.add(a);
            }
        }
    }

    List<String> words() {
        return words;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String option(String name) {
        List<String> values = options.get(name);
        return values == null ? null : values.get(values.size() - 1);
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    String required(String name) throws UsageException {
        String value = option(name);
        if (value == null || value.isBlank()) {
            throw new UsageException(NLS.bind(Messages.Usage_missingOption, "--" + name));
        }
        return value;
    }

    LocalDate date(String name) throws UsageException {
        String value = required(name);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(NLS.bind(Messages.Usage_badDate, "--" + name, value));
        }
    }

    /** A bad command line: the message says what, the usage follows. */
    static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}

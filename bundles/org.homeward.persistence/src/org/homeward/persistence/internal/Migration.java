package org.homeward.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * One numbered schema script, {@code V<number>__<description>.sql}. Statements end with a
 * semicolon at the end of a line; {@code --} starts a comment line.
 */
public record Migration(int version, String description, String script, String sql) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
    private static final Pattern LEGACY = Pattern.compile("(?m)^--\\s*legacy:\\s*V(\\d+)\\s*$");

    /** Reads the version and description from the script's file name. */
    public static Migration of(String fileName, String sql) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException(NLS.bind(Messages.Migration_badName, fileName));
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), fileName, sql);
    }

    /**
     * The version of the old single schema history that this script was split out of (its line
     * {@code -- legacy: V<n>}), 0 when it was not.
     */
    public int legacyVersion() {
        Matcher m = LEGACY.matcher(sql);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    public String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The script's statements, without comments and terminators. */
    public List<String> statements() {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                result.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}

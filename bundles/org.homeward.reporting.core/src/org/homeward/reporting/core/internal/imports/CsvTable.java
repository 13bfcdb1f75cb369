package org.homeward.reporting.core.internal.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file through Apache Commons CSV: UTF-8 when the bytes are valid UTF-8 (with or without a byte
 * order mark), else Windows-1252, as spreadsheets save it on office computers; the separator is the one
 * of {@code ; , tab |} that the header line holds most of.
 */
final class CsvTable implements Table {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] SEPARATORS = {';', ',', '\t', '|'};

    private final String text;
    private final Charset charset;
    private final char separator;

    CsvTable(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        String utf8 = strictUtf8(bytes, start);
        this.charset = utf8 != null ? StandardCharsets.UTF_8 : WINDOWS_1252;
        this.text = utf8 != null ? utf8 : new String(bytes, start, bytes.length - start, WINDOWS_1252);
        this.separator = separator(text);
    }

    /** Where the text holds a character no spreadsheet writes (NUL, most control characters), or -1. */
    int binaryAt() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFD') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String format() {
        return "CSV (" + charset.name() + ", " + (separator == '\t' ? "tab" : String.valueOf(separator)) + ")";
    }

    @Override
    public void read(RowHandler rows) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (!rows.row(number, cells)) {
                    return;
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String strictUtf8(byte[] bytes, int start) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ';';
        long most = 0;
        for (char c : SEPARATORS) {
            long n = header.chars().filter(ch -> ch == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }
}

package org.homeward.reporting.model.imports;

import java.util.List;

/**
 * A legacy file as the import first reads it: its headers, a few rows to show, and the mapping guessed
 * from the headers (French or English), for the user to correct.
 *
 * @param fileName the file's name
 * @param format "XLSX", or "CSV" with the encoding and separator found, for example "CSV (windows-1252, ;)"
 * @param headers the first row's texts
 * @param sample up to ten rows after the headers, as text
 * @param guessed the mapping the headers suggest
 */
public record ImportSheet(String fileName, String format, List<String> headers, List<List<String>> sample,
        ColumnMapping guessed) {

    public ImportSheet {
        headers = List.copyOf(headers);
        sample = sample.stream().map(List::copyOf).toList();
    }
}

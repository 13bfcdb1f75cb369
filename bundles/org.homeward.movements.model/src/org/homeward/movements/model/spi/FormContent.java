package org.homeward.movements.model.spi;

import java.util.List;

/**
 * What a declared form says: a title, paragraphs, one table and the signature boxes at its foot.
 *
 * @param headers the table's column headers; empty for no table
 */
public record FormContent(String title, List<String> paragraphs, List<String> headers, List<List<String>> rows,
        List<String> signatures) {

    public FormContent {
        paragraphs = List.copyOf(paragraphs);
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        signatures = List.copyOf(signatures);
    }
}

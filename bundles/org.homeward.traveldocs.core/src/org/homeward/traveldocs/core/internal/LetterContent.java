package org.homeward.traveldocs.core.internal;

import java.util.List;

/**
 * A letter ready to be written out: its paragraphs in order, the persons' table, and whether it reads
 * right to left. {@code arabicColumn} is the table column holding names in Arabic script (always
 * right to left), or -1.
 */
record LetterContent(String language, boolean rtl, List<String> heading, List<String> paragraphs,
        List<String> headers, List<List<String>> rows, int arabicColumn, List<String> ending) {
}

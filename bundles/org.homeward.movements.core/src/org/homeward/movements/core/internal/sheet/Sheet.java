package org.homeward.movements.core.internal.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A document before it is written as PDF or ODT: a title and blocks, in one direction, with blocks
 * that set a French text and its Arabic translation side by side.
 */
public final class Sheet {

    /** A piece of the document. */
    public sealed interface Block permits Heading, Paragraph, Table, Pair, Signatures {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A table; cells of {@code rtlColumn} (-1 for none) are set right to left. */
    public record Table(List<String> headers, List<List<String>> rows, int rtlColumn) implements Block {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A French (left, left to right) and an Arabic (right, right to left) text side by side. */
    public record Pair(String left, String right) implements Block {
    }

    /** Signature boxes, one per label, side by side. */
    public record Signatures(List<String> labels) implements Block {

        public Signatures {
            labels = List.copyOf(labels);
        }
    }

    private final String title;
    private final boolean rtl;
    private final List<Block> blocks = new ArrayList<>();

    public Sheet(String title, boolean rtl) {
        this.title = title;
        this.rtl = rtl;
    }

    public String title() {
        return title;
    }

    public boolean rtl() {
        return rtl;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public Sheet heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    public Sheet paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    public Sheet table(List<String> headers, List<List<String>> rows) {
        blocks.add(new Table(headers, rows, -1));
        return this;
    }

    public Sheet pair(String left, String right) {
        blocks.add(new Pair(left, right));
        return this;
    }

    public Sheet signatures(String... labels) {
        blocks.add(new Signatures(List.of(labels)));
        return this;
    }
}

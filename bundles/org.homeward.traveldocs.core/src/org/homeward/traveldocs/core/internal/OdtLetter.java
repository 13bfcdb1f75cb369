package org.homeward.traveldocs.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link LetterContent} as an OpenDocument text (ODT) the office can edit before sending:
 * the package is a zip whose first entry is the uncompressed media type, then the manifest and the
 * content. Right-to-left letters get paragraph and table styles in the right-to-left writing mode.
 * No ODF library is used: the handful of elements a letter needs are written directly.
 */
final class OdtLetter {

    static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";

    private OdtLetter() {
    }

    static void write(LetterContent letter, Path file) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", manifest());
            entry(zip, "content.xml", content(letter));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String manifest() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """
                .formatted(MEDIA_TYPE);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String content(LetterContent letter) {
        String mode = letter.rtl() ? "rl-tb" : "lr-tb";
        StringBuilder b = new StringBuilder();
        b.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">
                 <office:automatic-styles>
                """);
        b.append("  <style:style style:name=\"P\" style:family=\"paragraph\"><style:paragraph-properties")
                .append(" style:writing-mode=\"").append(mode).append("\" fo:text-align=\"")
                .append(letter.rtl() ? "end" : "start").append("\" fo:margin-bottom=\"0.2cm\"/>")
                .append("<style:text-properties style:font-name=\"DejaVu Sans\" fo:font-size=\"10.5pt\"/></style:style>\n");
        b.append("  <style:style style:name=\"RTL\" style:family=\"paragraph\"><style:paragraph-properties")
                .append(" style:writing-mode=\"rl-tb\" fo:text-align=\"end\"/></style:style>\n");
        b.append("  <style:style style:name=\"T\" style:family=\"table\"><style:table-properties")
                .append(" style:writing-mode=\"").append(mode).append("\" style:width=\"17cm\"/></style:style>\n");
        b.append("  <style:style style:name=\"C\" style:family=\"table-cell\"><style:table-cell-properties")
                .append(" fo:border=\"0.5pt solid #000000\" fo:padding=\"0.1cm\"/></style:style>\n");
        b.append(" </office:automatic-styles>\n <office:body>\n  <office:text>\n");
        for (String line : letter.heading()) {
            paragraph(b, "P", line);
        }
        for (String p : letter.paragraphs()) {
            paragraph(b, "P", p);
        }
        b.append("   <table:table table:name=\"Persons\" table:style-name=\"T\">\n");
        b.append("    <table:table-column table:number-columns-repeated=\"").append(letter.headers().size())
                .append("\"/>\n");
        row(b, letter.headers(), -1);
        for (List<String> r : letter.rows()) {
            row(b, r, letter.arabicColumn());
        }
        b.append("   </table:table>\n");
        for (String p : letter.ending()) {
            paragraph(b, "P", p);
        }
        b.append("  </office:text>\n </office:body>\n</office:document-content>\n");
        return b.toString();
    }

    private static void paragraph(StringBuilder b, String style, String text) {
        b.append("   <text:p text:style-name=\"").append(style).append("\">").append(escape(text))
                .append("</text:p>\n");
    }

    private static void row(StringBuilder b, List<String> cells, int arabicColumn) {
        b.append("    <table:table-row>");
        for (int c = 0; c < cells.size(); c++) {
            b.append("<table:table-cell table:style-name=\"C\" office:value-type=\"string\">");
            paragraph(b, c == arabicColumn ? "RTL" : "P", cells.get(c));
            b.append("</table:table-cell>");
        }
        b.append("</table:table-row>\n");
    }
}

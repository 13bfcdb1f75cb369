package org.homeward.movements.core.internal.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link Sheet} as an OpenDocument text the office can edit: the uncompressed media type
 * first, then the manifest and the content; French and Arabic side by side as a two-column table
 * whose right cell runs right to left.
 */
public final class OdtSheet {

    public static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";

    private OdtSheet() {
    }

    public static byte[] write(Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
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
            entry(zip, "META-INF/manifest.xml",
                    """
                            <?xml version="1.0" encoding="UTF-8"?>
                            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                             <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>
                             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                            </manifest:manifest>
                            """
                            .formatted(MEDIA_TYPE));
            entry(zip, "content.xml", content(sheet));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String content(Sheet sheet) {
        String main = sheet.rtl() ? "R" : "L";
        StringBuilder b = new StringBuilder(
                """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                         xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                         xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                         xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                         xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">
                         <office:automatic-styles>
                          <style:style style:name="L" style:family="paragraph"><style:paragraph-properties style:writing-mode="lr-tb" fo:text-align="start" fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt"/></style:style>
                          <style:style style:name="R" style:family="paragraph"><style:paragraph-properties style:writing-mode="rl-tb" fo:text-align="end" fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt"/></style:style>
                          <style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>
                          <style:style style:name="T" style:family="table"><style:table-properties style:width="17cm"/></style:style>
                          <style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
                         </office:automatic-styles>
                         <office:body>
                          <office:text>
                        """);
        paragraph(b, "H", sheet.title());
        int n = 0;
        for (Sheet.Block block : sheet.blocks()) {
            switch (block) {
                case Sheet.Heading h -> paragraph(b, "H", h.text());
                case Sheet.Paragraph p -> paragraph(b, main, p.text());
                case Sheet.Pair p -> {
                    table(b, "Pair" + n++, 2);
                    row(b, List.of(p.left(), p.right()), 1, "L");
                    b.append("   </table:table>\n");
                }
                case Sheet.Table t -> {
                    table(b, "Table" + n++, t.headers().size());
                    row(b, t.headers(), -1, main);
                    t.rows().forEach(r -> row(b, r, t.rtlColumn(), main));
                    b.append("   </table:table>\n");
                }
                case Sheet.Signatures s -> {
                    table(b, "Signatures" + n++, s.labels().size());
                    row(b, s.labels(), -1, main);
                    b.append("   </table:table>\n");
                }
            }
        }
        b.append("  </office:text>\n </office:body>\n</office:document-content>\n");
        return b.toString();
    }

    private static void table(StringBuilder b, String name, int columns) {
        b.append("   <table:table table:name=\"").append(name).append("\" table:style-name=\"T\">\n")
                .append("    <table:table-column table:number-columns-repeated=\"").append(columns).append("\"/>\n");
    }

    private static void paragraph(StringBuilder b, String style, String text) {
        for (String line : text.split("\n", -1)) {
            b.append("   <text:p text:style-name=\"").append(style).append("\">").append(escape(line))
                    .append("</text:p>\n");
        }
    }

    private static void row(StringBuilder b, List<String> cells, int rtlColumn, String style) {
        b.append("    <table:table-row>");
        for (int c = 0; c < cells.size(); c++) {
            b.append("<table:table-cell table:style-name=\"C\" office:value-type=\"string\">");
            paragraph(b, c == rtlColumn ? "R" : style, cells.get(c));
            b.append("</table:table-cell>");
        }
        b.append("</table:table-row>\n");
    }
}

package org.homeward.common.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Media types judged by a file's first bytes (its "magic number"), never by its name, so that a renamed
 * executable is not taken for a scan and a copy handed to another program gets the extension of what it
 * holds.
 */
public final class MediaTypes {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String TIFF = "image/tiff";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Anything else. */
    public static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> EXTENSIONS = Map.of(PDF, "pdf", JPEG, "jpg", PNG, "png", TIFF, "tif",
            ODT, "odt", ODS, "ods", DOCX, "docx", XLSX, "xlsx", "text/csv", "csv");
    private static final int ENTRIES_READ = 50;

    private MediaTypes() {
    }

    /** The media type of a scan (what scanners and phones produce: PDF, JPEG, PNG, TIFF), or null. */
    public static String scan(byte[] content) {
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(content, 'I', 'I', 0x2A, 0x00) || startsWith(content, 'M', 'M', 0x00, 0x2A)) {
            return TIFF;
        }
        return null;
    }

    /** The media type of any content: a scan's, an office document's (ODF, OOXML), else {@link #UNKNOWN}. */
    public static String detect(byte[] content) {
        String scan = scan(content);
        if (scan != null) {
            return scan;
        }
        if (startsWith(content, 'P', 'K', 0x03, 0x04)) {
            return officeDocument(content);
        }
        return UNKNOWN;
    }

    /** The file extension (no dot) for {@code mediaType}; {@code bin} when unknown. */
    public static String extension(String mediaType) {
        return mediaType == null ? "bin" : EXTENSIONS.getOrDefault(mediaType.toLowerCase(Locale.ROOT), "bin");
    }

    /** ODF names its type in a first entry {@code mimetype}; OOXML keeps its parts in {@code word/} or {@code xl/}. */
    private static String officeDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            for (int i = 0; i < ENTRIES_READ && (e = zip.getNextEntry()) != null; i++) {
                String name = e.getName();
                if (i == 0 && name.equals("mimetype")) {
                    String declared = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return declared.equals(ODT) || declared.equals(ODS) ? declared : UNKNOWN;
                }
                if (name.startsWith("word/")) {
                    return DOCX;
                }
                if (name.startsWith("xl/")) {
                    return XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return UNKNOWN; // not a readable archive
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

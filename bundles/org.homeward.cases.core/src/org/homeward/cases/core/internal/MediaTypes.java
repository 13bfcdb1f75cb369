package org.homeward.cases.core.internal;

/**
 * The media type of an attachment judged by its first bytes (its "magic number"), so that a renamed
 * executable or office file is not taken for a scan. Only the types scanners and phones produce are
 * known: PDF, JPEG, PNG, TIFF.
 */
final class MediaTypes {

    private MediaTypes() {
    }

    /** The media type of {@code content}, or null when it is none of the accepted types. */
    static String detect(byte[] content) {
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(content, 'I', 'I', 0x2A, 0x00) || startsWith(content, 'M', 'M', 0x00, 0x2A)) {
            return "image/tiff";
        }
        return null;
    }

    /** The media type of a document Homeward generated, by its file name's extension. */
    static String ofGenerated(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".odt")) {
            return "application/vnd.oasis.opendocument.text";
        }
        if (name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".csv")) {
            return "text/csv";
        }
        throw new IllegalArgumentException("no known type for a generated " + fileName);
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

package org.homeward.cases.core.internal;

import org.homeward.common.files.MediaTypes;

/**
 * The media type of an attachment: an uploaded scan's judged by its first bytes (PDF, JPEG, PNG, TIFF,
 * through {@link org.homeward.common.files.MediaTypes#scan}), a generated document's by its name.
 */
final class AttachmentTypes {

    private AttachmentTypes() {
    }

    /** The media type of {@code content}, or null when it is none of the accepted scan types. */
    static String detect(byte[] content) {
        return MediaTypes.scan(content);
    }

    /** The media type of a document Homeward generated, by its file name's extension. */
    static String ofGenerated(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return MediaTypes.PDF;
        }
        if (name.endsWith(".odt")) {
            return MediaTypes.ODT;
        }
        if (name.endsWith(".docx")) {
            return MediaTypes.DOCX;
        }
        if (name.endsWith(".xlsx")) {
            return MediaTypes.XLSX;
        }
        if (name.endsWith(".csv")) {
            return "text/csv";
        }
        throw new IllegalArgumentException("no known type for a generated " + fileName);
    }
}

package org.homeward.reporting.model.imports;

/** A file the import cannot read (not a spreadsheet, damaged, too large...): the message says why, for the user. */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.homeward.movements.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.homeward.cases.model.Attachment;

/**
 * The documents prepared before a departure, each kept in the case file (PDF, and ODT to edit): the
 * declaration of voluntary return (French and Arabic side by side), the pre-departure checklist and
 * the travel information sheet per case, the pocket-money receipt per passenger who received some,
 * and the manifest. Call it off the UI thread.
 */
public interface DepartureDocuments {

    /** Document types, as the case file records them. */
    String DECLARATION = "movements.declaration";
    String CHECKLIST = "movements.checklist";
    String TRAVEL_SHEET = "movements.travel-sheet";
    String RECEIPT = "movements.pocket-money-receipt";
    String MANIFEST = "movements.manifest";

    /**
     * Generates every document of the departure and keeps it in its cases' files.
     *
     * @param done told the number of cases done so far
     * @param cancelled asked between cases; documents of the cases done are kept
     * @return what was kept (the PDFs; each has its ODT beside it)
     */
    @Requires(Permission.BOOK_TRAVEL)
    List<Attachment> generate(long departureId, IntConsumer done, BooleanSupplier cancelled);

    /** The departure's manifest as a PDF (landscape), for the airline and the escorts. */
    @Requires(Permission.BOOK_TRAVEL)
    byte[] manifest(long departureId);

    /** The declaration of voluntary return of one case, kept in its file. */
    @Requires(Permission.BOOK_TRAVEL)
    Attachment declaration(long departureId, long caseId);
}

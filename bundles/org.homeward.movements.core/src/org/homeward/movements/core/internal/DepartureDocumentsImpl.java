package org.homeward.movements.core.internal;

import org.homeward.common.security.Permission;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.Attachment;
import org.homeward.cases.model.GeneratedDocument;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.common.office.OfficeProfile;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.RefusedException;
import org.homeward.movements.core.internal.sheet.OdtSheet;
import org.homeward.movements.core.internal.sheet.PdfSheet;
import org.homeward.movements.core.internal.sheet.Sheet;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.ManifestLine;
import org.homeward.movements.model.NotificationKind;
import org.homeward.movements.model.service.BookingService;
import org.homeward.movements.model.service.DepartureDocuments;
import org.homeward.movements.model.service.DepartureService;
import org.homeward.movements.model.service.RecipientDirectory;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import jakarta.persistence.EntityManagerFactory;

/**
 * Generates the documents of a departure and keeps each in its case file (PDF and ODT), one
 * transaction per case so that a cancelled run keeps the cases already done.
 */
@Component(service = DepartureDocuments.class)
public class DepartureDocumentsImpl implements DepartureDocuments {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final EntityManagerFactory emf;
    private final DepartureService departures;
    private final BookingService bookings;
    private final AttachmentService attachments;
    private final RecipientDirectory directory;
    private final OfficeProfile office;
    private final CurrentUser user;
    private final OfficeDocuments plugins;

    @Activate
    public DepartureDocumentsImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "departures") DepartureService departures,
            @Reference(name = "bookings") BookingService bookings,
            @Reference(name = "attachments") AttachmentService attachments,
            @Reference(name = "directory") RecipientDirectory directory,
            @Reference(name = "office", cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) OfficeProfile office,
            @Reference(name = "currentUser") CurrentUser user, @Reference(name = "plugins") OfficeDocuments plugins) {
        this.emf = emf;
        this.plugins = plugins;
        this.departures = departures;
        this.bookings = bookings;
        this.attachments = attachments;
        this.directory = directory;
        this.office = office == null ? OfficeProfile.NEUTRAL : office;
        this.user = user;
    }

    @Override
    public List<Attachment> generate(long departureId, IntConsumer done, BooleanSupplier cancelled) {
        user.require(Permission.BOOK_TRAVEL);
        Manifest manifest = departures.manifest(departureId);
        DepartureSheets sheets = new DepartureSheets(manifest, office, directory, bookings::itinerary, plugins);
        List<Attachment> kept = new ArrayList<>();
        Map<Long, List<ManifestLine>> byCase = manifest.lines().stream()
                .collect(Collectors.groupingBy(l -> l.passenger().getCaseId(), java.util.LinkedHashMap::new,
                        Collectors.toList()));
        int count = 0;
        for (var e : byCase.entrySet()) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            long caseId = e.getKey();
            List<ManifestLine> lines = e.getValue();
            List<Generated> documents = new ArrayList<>(List.of(
                    new Generated(DECLARATION, Messages.Doc_declaration, "fr", sheets.declaration(lines)),
                    new Generated(CHECKLIST, Messages.Doc_checklist, "fr", sheets.checklist(lines)),
                    new Generated(TRAVEL_SHEET, Messages.Doc_travelSheet, "fr", sheets.travelSheet(lines))));
            documents.addAll(sheets.forms(lines));
            kept.addAll(keep(caseId, manifest, documents, sheets.receipts(lines)));
            done.accept(++count);
        }
        return kept;
    }

    @Override
    public byte[] manifest(long departureId) {
        user.require(Permission.BOOK_TRAVEL);
        Manifest manifest = departures.manifest(departureId);
        return PdfSheet
                .write(new DepartureSheets(manifest, office, directory, bookings::itinerary, plugins).manifest());
    }

    @Override
    public Attachment declaration(long departureId, long caseId) {
        user.require(Permission.BOOK_TRAVEL);
        Manifest manifest = departures.manifest(departureId);
        DepartureSheets sheets = new DepartureSheets(manifest, office, directory, bookings::itinerary, plugins);
        List<ManifestLine> lines = manifest.lines().stream().filter(l -> l.passenger().getCaseId() == caseId)
                .toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("case " + caseId + " is not on departure " + departureId);
        }
        return keep(caseId, manifest,
                List.of(new Generated(DECLARATION, Messages.Doc_declaration, "fr", sheets.declaration(lines))),
                List.of()).get(0);
    }

    /** A document to keep: its type, title and sheet. */
    record Generated(String type, String title, String language, Sheet sheet) {
    }

    /** Keeps the case's documents (PDF then ODT each) in one transaction. */
    private List<Attachment> keep(long caseId, Manifest manifest, List<Generated> documents,
            List<Map.Entry<String, Sheet>> receipts) {
        String source = manifest.departure().getLabel() + " " + DAY.format(manifest.departure().getDepartsOn());
        List<Generated> all = new ArrayList<>(documents);
        receipts.forEach(r -> all.add(new Generated(RECEIPT, NLS.bind(Messages.Doc_receipt, r.getKey()), "fr",
                r.getValue())));
        return Transactions.inTransaction(emf, em -> {
            List<Attachment> kept = new ArrayList<>();
            for (Generated g : all) {
                String base = fileName(g.type(), manifest.departure().getDepartsOn(), caseId);
                try {
                    kept.add(attachments.keepGenerated(caseId, new GeneratedDocument(g.type(), g.title(),
                            g.language(), source, base + ".pdf"), PdfSheet.write(g.sheet()), user.name()));
                    attachments.keepGenerated(caseId, new GeneratedDocument(g.type(), g.title(), g.language(),
                            source, base + ".odt"), OdtSheet.write(g.sheet()), user.name());
                } catch (RefusedException e) {
                    throw new IllegalStateException(String.join("; ", e.reasons()), e);
                }
            }
            return kept;
        });
    }

    private static String fileName(String type, LocalDate on, long caseId) {
        return type.substring(type.indexOf('.') + 1) + "-" + on + "-" + caseId;
    }

    /** The mission of origin's reintegration contact for the arrival country, when the directory has one. */
    static String contact(RecipientDirectory directory, String country) {
        return directory.find(NotificationKind.MISSION_OF_ORIGIN, country)
                .map(r -> r.contact() == null || r.contact().isBlank() ? r.name() : r.name() + ", " + r.contact())
                .orElse(null);
    }

}

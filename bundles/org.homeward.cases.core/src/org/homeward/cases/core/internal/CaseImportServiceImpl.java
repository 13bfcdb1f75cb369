package org.homeward.cases.core.internal;

import org.homeward.common.security.Permission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.AuditRecorder;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.ImportedHousehold;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.cases.model.service.CaseImportService;
import org.homeward.common.office.OfficeProfile;
import org.homeward.common.security.CurrentUser;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The import of legacy households on JDBC batches ({@link CaseRowsBatch}), in one transaction: each case
 * numbered in the office's series of its registration year, its status history recorded (registered,
 * then the legacy status with the file named as reason), one audit entry per case naming the file (the
 * case's rows, persons and history are what the import created), and the household's key kept in
 * {@code CASE_IMPORT_KEY}.
 */
@Component(service = CaseImportService.class)
public class CaseImportServiceImpl implements CaseImportService {

    static final int BATCH = 1000;
    private static final int KEYS_PER_READ = 500;

    private final EntityManagerFactory emf;
    private final CurrentUser user;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile OfficeProfile office;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public CaseImportServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, user, Clock.systemDefaultZone(), null);
    }

    /** For tests: a fixed clock and office. */
    CaseImportServiceImpl(EntityManagerFactory emf, CurrentUser user, Clock clock, OfficeProfile office) {
        this.emf = emf;
        this.user = user;
        this.clock = clock;
        this.office = office;
    }

    @Override
    public Set<String> alreadyImported(Collection<String> keys) {
        user.require(Permission.READ_CASE);
        List<String> all = List.copyOf(new HashSet<>(keys));
        Set<String> found = new HashSet<>();
        Transactions.read(emf, em -> {
            for (int i = 0; i < all.size(); i += KEYS_PER_READ) {
                found.addAll(imported(em, all.subList(i, Math.min(all.size(), i + KEYS_PER_READ))));
            }
            return null;
        });
        return found;
    }

    private static List<String> imported(EntityManager em, List<String> keys) {
        List<String> marks = new ArrayList<>();
        for (int i = 1; i <= keys.size(); i++) {
            marks.add("?" + i);
        }
        var q = em.createNativeQuery("SELECT IMPORT_KEY FROM CASE_IMPORT_KEY WHERE IMPORT_KEY IN ("
                + String.join(", ", marks) + ")");
        for (int i = 0; i < keys.size(); i++) {
            q.setParameter(i + 1, keys.get(i));
        }
        List<?> rows = q.getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    @Override
    public Outcome importHouseholds(List<ImportedHousehold> households, String source, IntConsumer progress,
            BooleanSupplier cancelled) {
        user.require(Permission.EDIT_CASE);
        Set<String> before = alreadyImported(households.stream().map(ImportedHousehold::key).toList());
        List<ImportedHousehold> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>(before);
        for (ImportedHousehold h : households) {
            if (seen.add(h.key())) {
                fresh.add(h);
            }
        }
        Outcome outcome = Transactions.inTransaction(emf, em -> write(em, fresh, source, progress, cancelled));
        EventAdmin admin = events;
        if (admin != null && outcome.cases() > 0) { // the case list shows them
            admin.postEvent(new Event(CaseEvents.TOPIC_IMPORTED, Map.of(CaseEvents.COUNT, outcome.cases())));
        }
        return new Outcome(outcome.cases(), outcome.persons(), households.size() - fresh.size(),
                outcome.caseNumbers());
    }

    private Outcome write(EntityManager em, List<ImportedHousehold> households, String source, IntConsumer progress,
            BooleanSupplier cancelled) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        String by = user.name();
        String prefix = (office != null ? office : OfficeProfile.NEUTRAL).caseNumberPrefix();
        Map<Integer, Integer> firstNumber = numbers(em, households, prefix, now, zone);
        List<String> numbers = new ArrayList<>();
        int persons = 0;
        String reason = NLS.bind(Messages.Import_reason, source);
        Connection c = em.unwrap(Connection.class);
        try (CaseRowsBatch rows = new CaseRowsBatch(c);
                PreparedStatement keys = c.prepareStatement("INSERT INTO CASE_IMPORT_KEY (IMPORT_KEY, CASE_ID,"
                        + " SOURCE_NAME, IMPORTED_AT) VALUES (?, ?, ?, ?)")) {
            AuditRecorder audit = rows.audit(by, now);
            for (int i = 0; i < households.size(); i++) {
                ImportedHousehold h = households.get(i);
                Instant registered = registered(h, now, zone);
                int year = registered.atZone(zone).getYear();
                int sequence = firstNumber.merge(year, 1, Integer::sum) - 1;
                String number = CaseNumbers.format(prefix, year, sequence);
                List<PersonDraft> drafts = h.persons().stream().map(ImportedHousehold.Member::person).toList();
                List<Relationship> relationships = h.persons().stream().map(ImportedHousehold.Member::relationship)
                        .toList();
                long caseId = rows.addCase(number, drafts, relationships, h.status(), registered, by);
                history(rows, caseId, h, registered, reason, by, zone);
                audit.created(caseId, CaseServiceImpl.ENTITY, caseId, Map.of("import", source));
                keys.setString(1, h.key());
                keys.setLong(2, caseId);
                keys.setString(3, clip(source));
                keys.setTimestamp(4, Timestamp.from(now));
                keys.addBatch();
                numbers.add(number);
                persons += drafts.size();
                if ((i + 1) % BATCH == 0) {
                    flush(rows, keys, cancelled);
                    progress.accept(i + 1);
                }
            }
            flush(rows, keys, cancelled);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        progress.accept(households.size());
        return new Outcome(households.size(), persons, 0, numbers);
    }

    private static void flush(CaseRowsBatch rows, PreparedStatement keys, BooleanSupplier cancelled)
            throws SQLException {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
        rows.flush();
        keys.executeBatch();
    }

    private static void history(CaseRowsBatch rows, long caseId, ImportedHousehold h, Instant registered,
            String reason, String by, ZoneId zone) throws SQLException {
        rows.addStatus(caseId, null, CaseStatus.REGISTERED, reason, by, registered);
        if (h.status() != CaseStatus.REGISTERED) {
            Instant at = h.statusOn() == null ? registered : h.statusOn().atStartOfDay(zone).toInstant();
            rows.addStatus(caseId, CaseStatus.REGISTERED, h.status(), reason, by, at.isBefore(registered)
                    ? registered
                    : at);
        }
    }

    /** The first case number of each registration year, for as many cases as the year has. */
    private static Map<Integer, Integer> numbers(EntityManager em, List<ImportedHousehold> households, String prefix,
            Instant now, ZoneId zone) {
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (ImportedHousehold h : households) {
            perYear.merge(registered(h, now, zone).atZone(zone).getYear(), 1, Integer::sum);
        }
        Map<Integer, Integer> first = new TreeMap<>();
        perYear.forEach((year, count) -> first.put(year, CaseNumbers.reserve(em, prefix, year, count)));
        return first;
    }

    private static Instant registered(ImportedHousehold h, Instant now, ZoneId zone) {
        LocalDate on = h.registeredOn();
        return on == null ? now : on.atTime(9, 0).atZone(zone).toInstant();
    }

    private static String clip(String source) {
        return source.length() <= 255 ? source : source.substring(source.length() - 255);
    }
}

package org.homeward.cases.core.internal;

import org.homeward.common.security.Permission;
import org.homeward.common.security.PermissionDeniedException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.homeward.cases.model.AttachmentKind;
import org.homeward.cases.model.AuditEntry;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.ImportedHousehold;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.AuditService.AuditVerification;
import org.homeward.common.security.Role;
import org.homeward.common.validation.RefusedException;
import org.homeward.persistence.Transactions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/**
 * The audit trail is tamper-evident: every line is chained by hash to the one before (lines written by
 * services, by the import's batches), an administrator's verification reports the first line altered,
 * removed or cut off, and opening a case or a scan adds a line.
 */
class AuditChainTest {

    private static final TestUser ADMIN = new TestUser("amina.admin", Role.ADMINISTRATOR);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes();
    private static EntityManagerFactory emf;

    private CaseServiceImpl cases;
    private AuditServiceImpl audit;
    private MigrantCase registered;

    @BeforeAll
    static void database() throws InterruptedException {
        emf = TestDatabase.emf();
    }

    @BeforeEach
    void registerACase() throws Exception {
        cases = new CaseServiceImpl(emf, Clock.systemDefaultZone(), null, TestUser.ASSISTANT);
        audit = new AuditServiceImpl(emf, ADMIN);
        registered = cases.register(new NewCase("Keita" + TestDatabase.letters(5), "Oumou", null, Sex.FEMALE,
                DateOfBirth.exact(LocalDate.of(1991, 6, 2)), "ML"));
    }

    private AuditVerification verify() throws RefusedException {
        return audit.verify(n -> {
        }, () -> false);
    }

    @Test
    void theChainHoldsAndAnAlteredLineIsReportedAtThatLine() throws Exception {
        AuditVerification before = verify();
        assertTrue(before.intact(), before.toString());
        assertTrue(before.checked() >= cases.auditTrail(registered.getId()).size(), before.toString());

        long altered = cases.auditTrail(registered.getId()).get(1).getId();
        Map<String, Object> row = row(altered);
        update("UPDATE AUDIT_ENTRY SET NEW_VALUE = 'Traore' WHERE ID = " + altered);
        try {
            AuditVerification after = verify();
            assertFalse(after.intact());
            assertEquals(altered, after.firstBrokenId(), after.toString());
            assertTrue(after.problem().contains(String.valueOf(row.get("CHAIN_SEQ"))), after.problem());
        } finally {
            update("DELETE FROM AUDIT_ENTRY WHERE ID = " + altered);
            insert(row);
        }
        assertTrue(verify().intact(), "the line put back as it was mends the chain");
    }

    @Test
    void aRemovedLineIsReportedAtTheLineAfterItAndACutOffEndToo() throws Exception {
        List<AuditEntry> trail = cases.auditTrail(registered.getId());
        long removed = trail.get(0).getId();
        long next = trail.get(1).getId();
        Map<String, Object> row = row(removed);
        update("DELETE FROM AUDIT_ENTRY WHERE ID = " + removed);
        try {
            AuditVerification after = verify();
            assertEquals(next, after.firstBrokenId(), after.toString());
        } finally {
            insert(row);
        }
        assertTrue(verify().intact());

        long last = Transactions.read(emf, em -> ((Number) em.createNativeQuery(
                "SELECT ID FROM AUDIT_ENTRY WHERE CHAIN_SEQ = (SELECT MAX(CHAIN_SEQ) FROM AUDIT_ENTRY)")
                .getSingleResult()).longValue());
        Map<String, Object> lastRow = row(last);
        update("DELETE FROM AUDIT_ENTRY WHERE ID = " + last);
        try {
            AuditVerification cut = verify();
            assertFalse(cut.intact(), "the trail's last line deleted: " + cut);
            assertNull(cut.firstBrokenId());
        } finally {
            insert(lastRow);
        }
        assertTrue(verify().intact());
    }

    @Test
    void aCasesValuesAreKeptEncryptedUnderItsKeyAndUnreadableOnceTheKeyIsShredded() throws Exception {
        AuditEntry name = cases.auditTrail(registered.getId()).stream()
                .filter(a -> "familyName".equals(a.getField())).findFirst().orElseThrow();
        assertEquals(registered.getFamilyName(), name.getNewValue(), "read back in clear");
        String stored = (String) row(name.getId()).get("NEW_VALUE");
        assertTrue(stored.startsWith(CaseDataKeys.PREFIX) && !stored.contains(registered.getFamilyName()), stored);

        Transactions.inTransaction(emf, em -> {
            try {
                new CaseDataKeys(em.unwrap(Connection.class)).shred(registered.getId());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        AuditEntry shredded = cases.auditTrail(registered.getId()).stream()
                .filter(a -> "familyName".equals(a.getField())).findFirst().orElseThrow();
        assertNull(shredded.getNewValue(), "no one can read it any more");
        assertTrue(verify().intact(), "the lines and their chain are untouched");
    }

    @Test
    void onlyAnAdministratorVerifiesAndTheWalkCanBeCancelled() {
        AuditServiceImpl asAssistant = new AuditServiceImpl(emf, TestUser.ASSISTANT);
        assertThrows(PermissionDeniedException.class, () -> asAssistant.verify(n -> {
        }, () -> false));
        if (Transactions.read(emf, em -> ((Number) em.createNativeQuery("SELECT LAST_SEQ FROM AUDIT_CHAIN")
                .getSingleResult()).longValue()) >= 5_000) {
            assertThrows(CancellationException.class, () -> audit.verify(n -> {
            }, () -> true));
        }
    }

    @Test
    void openingACaseAndViewingAScanAreAuditedWithoutCopyingThem() throws Exception {
        AttachmentServiceImpl attachments = new AttachmentServiceImpl(emf, TestUser.PROGRAMME_OFFICER,
                Clock.systemDefaultZone(), 1024 * 1024);
        var scan = attachments.attach(registered.getId(), AttachmentKind.PASSPORT_SCAN, LocalDate.now(),
                "passeport.pdf", PDF);
        CaseServiceImpl asOfficer = new CaseServiceImpl(emf, Clock.systemDefaultZone(), null,
                TestUser.PROGRAMME_OFFICER);

        assertEquals(registered.getId(), asOfficer.open(registered.getId()).orElseThrow().getId());
        attachments.content(scan.getId());

        List<AuditEntry> views = cases.auditTrail(registered.getId()).stream()
                .filter(a -> a.getAction() == AuditEntry.Action.VIEW).toList();
        assertEquals(List.of("MigrantCase file karim.programme", "Attachment content karim.programme"),
                views.stream().map(a -> a.getEntity() + " " + a.getField() + " " + a.getUserName()).toList());
        assertTrue(views.stream().allMatch(a -> a.getOldValue() == null && a.getNewValue() == null));
        assertTrue(cases.find(registered.getId()).isPresent());
        assertEquals(2, cases.auditTrail(registered.getId()).stream()
                .filter(a -> a.getAction() == AuditEntry.Action.VIEW).count(), "a plain read is not a view");
        assertTrue(verify().intact());
    }

    @Test
    void linesTheImportWritesInBatchesAreChainedToo() throws Exception {
        String family = "Camara" + TestDatabase.letters(5);
        List<ImportedHousehold> households = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            households.add(new ImportedHousehold("chain-" + family + i, List.of(new ImportedHousehold.Member(
                    new PersonDraft(family, "Sekou" + i, null, null, Sex.MALE, DateOfBirth.estimatedYear(1980 + i),
                            "GN"),
                    Relationship.PRINCIPAL)), LocalDate.of(2023, 3, 1 + i), CaseStatus.REGISTERED, null));
        }
        new CaseImportServiceImpl(emf, ADMIN, Clock.systemDefaultZone(), null).importHouseholds(households,
                "dossiers.xlsx", n -> {
                }, () -> false);
        cases.register(new NewCase(family, "After", null, Sex.MALE, DateOfBirth.estimatedYear(1990), "GN"));

        AuditVerification v = verify();
        assertTrue(v.intact(), v.toString());
    }

    /** A null column value and its type, to put a line back as it was. */
    private record Null(int sqlType) {
    }

    private static void update(String sql) {
        Transactions.inTransaction(emf, em -> em.createNativeQuery(sql).executeUpdate());
    }

    private static Map<String, Object> row(long id) {
        return Transactions.inTransaction(emf, em -> {
            Connection c = em.unwrap(Connection.class);
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM AUDIT_ENTRY WHERE ID = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    ResultSetMetaData meta = rs.getMetaData();
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.put(meta.getColumnName(i).toUpperCase(java.util.Locale.ROOT),
                                v == null ? new Null(meta.getColumnType(i)) : v);
                    }
                    return row;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void insert(Map<String, Object> row) {
        Transactions.inTransaction(emf, em -> {
            Connection c = em.unwrap(Connection.class);
            String columns = String.join(", ", row.keySet());
            String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
            try (PreparedStatement st = c.prepareStatement("INSERT INTO AUDIT_ENTRY (" + columns + ") VALUES ("
                    + marks + ")")) {
                int i = 1;
                for (Object v : row.values()) {
                    if (v instanceof Null n) {
                        st.setNull(i++, n.sqlType());
                    } else {
                        st.setObject(i++, v);
                    }
                }
                return st.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}

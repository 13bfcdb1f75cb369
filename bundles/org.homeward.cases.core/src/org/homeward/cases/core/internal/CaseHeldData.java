package org.homeward.cases.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.homeward.cases.core.internal.entity.AttachmentEntity;
import org.homeward.cases.core.internal.entity.AuditEntryEntity;
import org.homeward.cases.core.internal.entity.ConsentEntity;
import org.homeward.cases.core.internal.entity.IdentityDocumentEntity;
import org.homeward.cases.core.internal.entity.InterviewEntity;
import org.homeward.cases.core.internal.entity.MigrantCaseEntity;
import org.homeward.cases.core.internal.entity.PersonEntity;
import org.homeward.cases.core.internal.entity.SharingRecordEntity;
import org.homeward.cases.core.internal.entity.StatusChangeEntity;
import org.homeward.cases.core.internal.entity.VulnerabilityEntity;
import org.homeward.cases.model.HeldData;
import org.homeward.cases.model.PersonDetails;

import jakarta.persistence.EntityManager;

/** What the case area holds on one person, table by table, for their subject access report. */
final class CaseHeldData {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private CaseHeldData() {
    }

    static List<HeldData> of(EntityManager em, long personId) throws SQLException {
        PersonEntity p = em.find(PersonEntity.class, personId);
        if (p == null) {
            return List.of();
        }
        MigrantCaseEntity c = em.find(MigrantCaseEntity.class, p.getCaseId());
        List<HeldData> held = new ArrayList<>();
        held.add(identity(p, c));
        held.add(table(Messages.Held_documents, List.of(Messages.Held_kind, Messages.Held_number,
                Messages.Held_country, Messages.Held_expires),
                em.createQuery(
                        "SELECT d FROM IdentityDocument d WHERE d.personId = :p ORDER BY d.id",
                        IdentityDocumentEntity.class).setParameter("p", personId).getResultList().stream()
                        .map(d -> row(d.getKind(), d.getNumber(), d.getIssuingCountry(), day(d.getExpiresOn())))
                        .toList()));
        held.add(table(Messages.Held_consents, List.of(Messages.Held_givenOn, Messages.Held_withdrawnOn,
                Messages.Held_recipients, Messages.Held_by),
                consents(em, personId).stream()
                        .map(k -> row(day(k.getGivenOn()), day(k.getWithdrawnOn()), k.getScopes().stream()
                                .map(Labels::recipient).sorted().toList(), k.getExplainedBy()))
                        .toList()));
        held.add(table(Messages.Held_vulnerabilities, List.of(Messages.Held_kind, Messages.Held_note,
                Messages.Held_when, Messages.Held_by),
                em.createQuery(
                        "SELECT v FROM Vulnerability v WHERE v.personId = :p ORDER BY v.id", VulnerabilityEntity.class)
                        .setParameter("p", personId).getResultList().stream()
                        .map(v -> row(v.getType(), v.getNote(), time(v.getRecordedAt()), v.getRecordedBy())).toList()));
        held.add(table(Messages.Held_interviews, List.of(Messages.Held_when, Messages.Held_by, Messages.Held_note),
                em.createQuery("SELECT i FROM Interview i WHERE i.caseId = :c ORDER BY i.id", InterviewEntity.class)
                        .setParameter("c", c.getId()).getResultList().stream()
                        .map(i -> row(day(i.getHeldOn()), i.getInterviewer(), joined(i.getReasonForReturn(),
                                i.getDestination(), i.getFamilyContacts(), i.getHealthDeclaration(), i.getNotes())))
                        .toList()));
        held.add(table(Messages.Held_attachments, List.of(Messages.Held_kind, Messages.Held_file, Messages.Held_when,
                Messages.Held_by),
                em.createQuery("SELECT a FROM Attachment a WHERE a.caseId = :c ORDER BY a.id",
                        AttachmentEntity.class).setParameter("c", c.getId()).getResultList().stream()
                        .map(a -> row(a.getKind(), a.getFileName(), time(a.getAddedAt()), a.getAddedBy())).toList()));
        held.add(table(Messages.Held_statuses, List.of(Messages.Held_when, Messages.Held_status, Messages.Held_note,
                Messages.Held_by),
                em.createQuery("SELECT s FROM StatusChange s WHERE s.caseId = :c ORDER BY s.id",
                        StatusChangeEntity.class).setParameter("c", c.getId()).getResultList().stream()
                        .map(s -> row(time(s.getChangedAt()), Labels.status(s.getToStatus()), s.getReason(),
                                s.getChangedBy()))
                        .toList()));
        held.add(table(Messages.Held_sharings, List.of(Messages.Held_when, Messages.Held_recipients,
                Messages.Held_note, Messages.Held_by),
                em.createQuery("SELECT s FROM SharingRecord s"
                        + " WHERE s.caseId = :c AND (s.personId = :p OR s.personId IS NULL) ORDER BY s.id",
                        SharingRecordEntity.class).setParameter("c", c.getId()).setParameter("p", personId)
                        .getResultList().stream().map(s -> row(time(s.getSharedAt()), s.getRecipientName(),
                                joined(s.getPurpose(), s.getFields()), s.getSharedBy()))
                        .toList()));
        held.add(audit(em, c.getId()));
        return held;
    }

    private static HeldData identity(PersonEntity p, MigrantCaseEntity c) {
        PersonDetails d = p.getDetails();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Messages.Held_field, Messages.Held_value));
        String[][] fields = {{Messages.Held_case, c.getCaseNumber()}, {Messages.Held_relationship,
                switch (p.getRelationship()) {
                    case PRINCIPAL -> Messages.Held_rel_PRINCIPAL;
                    case SPOUSE -> Messages.Held_rel_SPOUSE;
                    case CHILD -> Messages.Held_rel_CHILD;
                    case PARENT -> Messages.Held_rel_PARENT;
                    case SIBLING -> Messages.Held_rel_SIBLING;
                    case OTHER -> Messages.Held_rel_OTHER;
                }}, {Messages.Held_familyName, p.getFamilyName()},
                {Messages.Held_givenNames,
                        p.getGivenNames()},
                {Messages.Held_arabicName, p.getArabicName()}, {Messages.Held_aliases,
                        p.getAliases()},
                {Messages.Held_sex, switch (p.getSex()) {
                    case FEMALE -> Messages.Held_sex_FEMALE;
                    case MALE -> Messages.Held_sex_MALE;
                    case OTHER -> Messages.Held_sex_OTHER;
                }}, {Messages.Held_born,
                        p.getDateOfBirth().format()},
                {Messages.Held_country, p.getNationality()},
                {Messages.Held_placeOfBirth, d.placeOfBirth()}, {Messages.Held_languages, d.languages()},
                {Messages.Held_phone, d.phone()}, {Messages.Held_city, d.cityOfResidence()}, {Messages.Held_entry,
                        joined(day(d.entryDate()), d.entryRoute())},
                {Messages.Held_status, Labels.status(c.getStatus())}};
        for (String[] f : fields) {
            if (f[1] != null && !f[1].isBlank()) {
                rows.add(List.of(f[0], f[1]));
            }
        }
        return new HeldData(Messages.Held_identity, rows);
    }

    /** The consents that covered the person, last first. */
    private static List<ConsentEntity> consents(EntityManager em, long personId) {
        List<?> ids = em.createNativeQuery("SELECT CONSENT_ID FROM CONSENT_PERSON WHERE PERSON_ID = ?1"
                + " ORDER BY CONSENT_ID DESC").setParameter(1, personId).getResultList();
        return ids.stream().map(id -> em.find(ConsentEntity.class, ((Number) id).longValue())).toList();
    }

    /** Who opened, changed or shared the file, with the values the trail keeps, opened with the case's key. */
    private static HeldData audit(EntityManager em, long caseId) throws SQLException {
        byte[] key = new CaseDataKeys(em.unwrap(Connection.class)).keyFor(caseId, false);
        return table(Messages.Held_audit, List.of(Messages.Held_when, Messages.Held_by, Messages.Held_action,
                Messages.Held_value),
                em.createQuery("SELECT a FROM AuditEntry a WHERE a.caseId = :c ORDER BY a.id",
                        AuditEntryEntity.class).setParameter("c", caseId).getResultList().stream()
                        .map(a -> AuditLine.of(a, key)).map(a -> row(time(a.getAt()), a.getUserName(),
                                a.getAction() + " " + a.getEntity() + (a.getField() == null ? "" : " " + a.getField()),
                                joined(a.getOldValue(), a.getNewValue())))
                        .toList());
    }

    private static HeldData table(String title, List<String> headers, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        return new HeldData(title, all);
    }

    private static List<String> row(Object... values) {
        return Arrays.stream(values).map(v -> v == null
                ? ""
                : v instanceof List<?> l
                        ? String.join(", ", l.stream().map(String::valueOf).toList())
                        : String.valueOf(v))
                .toList();
    }

    private static String joined(String... parts) {
        return String.join(" — ", Arrays.stream(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).toList());
    }

    private static String day(LocalDate d) {
        return d == null ? null : DAY.format(d);
    }

    private static String time(Instant t) {
        return t == null ? null : TIME.format(t.atZone(ZoneId.systemDefault()));
    }
}

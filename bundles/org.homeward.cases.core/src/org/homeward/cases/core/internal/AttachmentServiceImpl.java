package org.homeward.cases.core.internal;

import org.homeward.common.security.Permission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.core.internal.entity.MigrantCaseEntity;
import org.homeward.cases.core.internal.entity.AttachmentEntity;
import org.homeward.cases.core.internal.entity.AttachmentContent;
import org.homeward.cases.model.Attachment;
import org.homeward.cases.model.AttachmentKind;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.GeneratedDocument;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;
import org.homeward.persistence.Views;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

import jakarta.persistence.EntityManagerFactory;

/**
 * Attachments on JPA: checked for size and type (by content), stored with a SHA-256 digest in the
 * same transaction as their audit row. The size limit is {@code homeward.attachments.maxMegabytes}
 * (10 MB unless configured).
 */
@Component(service = AttachmentService.class)
public class AttachmentServiceImpl implements AttachmentService {

    static final String ENTITY = "Attachment";
    private static final long MEGABYTE = 1024L * 1024L;

    private final EntityManagerFactory emf;
    private final CurrentUser user;
    private final Clock clock;
    private final long maxBytes;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public AttachmentServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, user, Clock.systemDefaultZone(), Long.getLong("homeward.attachments.maxMegabytes", 10) * MEGABYTE);
    }

    AttachmentServiceImpl(EntityManagerFactory emf, CurrentUser user, Clock clock, long maxBytes) {
        this.emf = emf;
        this.user = user;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @Override
    public long maxBytes() {
        user.require(Permission.READ_CASE);
        return maxBytes;
    }

    @Override
    public List<Attachment> attachments(long caseId) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em.createQuery(
                "SELECT a FROM Attachment a WHERE a.caseId = :id ORDER BY a.documentDate DESC, a.id DESC",
                AttachmentEntity.class).setParameter("id", caseId).getResultList()));
    }

    @Override
    public java.util.Optional<Attachment> find(long attachmentId) {
        user.require(Permission.READ_CASE);
        return Views.optional(java.util.Optional
                .ofNullable(Transactions.read(emf, em -> em.find(AttachmentEntity.class, attachmentId))));
    }

    @Override
    public AttachmentEntity attach(long caseId, AttachmentKind kind, LocalDate documentDate, String fileName,
            byte[] content) throws ValidationException, RefusedException {
        user.require(Permission.EDIT_CASE);
        String name = fileName == null ? "" : fileName.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem(AttachmentEntity.KIND,
                    NLS.bind(Messages.Problem_required, Messages.Field_attachmentKind)));
        }
        if (documentDate == null) {
            problems.add(new FieldProblem(AttachmentEntity.DATE,
                    NLS.bind(Messages.Problem_required, Messages.Field_attachmentDate)));
        } else if (documentDate.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem(AttachmentEntity.DATE,
                    NLS.bind(Messages.Problem_future, Messages.Field_attachmentDate)));
        }
        String mediaType = null;
        if (content == null || content.length == 0 || name.isEmpty()) {
            problems.add(new FieldProblem(FILE, NLS.bind(Messages.Problem_emptyFile, Messages.Field_file, name)));
        } else if (content.length > maxBytes) {
            problems.add(new FieldProblem(FILE, NLS.bind(Messages.Problem_fileTooLarge, new Object[]{
                    Messages.Field_file, name, megabytes(content.length), megabytes(maxBytes)})));
        } else {
            mediaType = AttachmentTypes.detect(content);
            if (mediaType == null) {
                problems.add(new FieldProblem(FILE, NLS.bind(Messages.Problem_fileType, Messages.Field_file, name)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String type = mediaType;
        String digest = sha256(content);
        try {
            return CaseRecords.inTransaction(emf, ENTITY, em -> {
                MigrantCaseEntity c = CaseRecords.requireCase(em, caseId);
                if (c.getStatus() == CaseStatus.CLOSED) {
                    throw new RefusedException(List.of(Messages.Attachment_closedCase));
                }
                AttachmentEntity a = new AttachmentEntity(caseId, kind, documentDate, clip(name), type, content.length,
                        digest,
                        clock.instant(), user.name());
                em.persist(a);
                em.flush();
                em.persist(new AttachmentContent(a.getId(), content));
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put(AttachmentEntity.KIND, kind);
                fields.put(AttachmentEntity.DATE, documentDate);
                fields.put(AttachmentEntity.FILE, a.getFileName() + " (" + type + ", " + content.length + " B, sha256 "
                        + digest.substring(0, 12) + ")");
                new AuditTrail(em, user.name(), clock.instant()).created(caseId, ENTITY, a.getId(), fields);
                changedAfterCommit(caseId);
                return a;
            });
        } catch (ConflictException e) {
            throw new IllegalStateException(e); // a new attachment changes no record another user may hold
        }
    }

    @Override
    public AttachmentEntity attach(long caseId, AttachmentKind kind, LocalDate documentDate, Path file)
            throws ValidationException, RefusedException {
        user.require(Permission.EDIT_CASE);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ValidationException(List.of(new FieldProblem(FILE, NLS.bind(Messages.Problem_fileTooLarge,
                        new Object[]{Messages.Field_file, name, megabytes(size), megabytes(maxBytes)}))));
            }
            return attach(caseId, kind, documentDate, name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ValidationException(List.of(new FieldProblem(FILE,
                    NLS.bind(Messages.Problem_unreadableFile,
                            new Object[]{Messages.Field_file, name, e.getMessage()}))));
        }
    }

    @Override
    public AttachmentEntity keepGenerated(long caseId, GeneratedDocument document, byte[] content, String by)
            throws RefusedException {
        user.require(Permission.EDIT_CASE);
        String type = AttachmentTypes.ofGenerated(document.fileName());
        String digest = sha256(content);
        try {
            return CaseRecords.inTransaction(emf, ENTITY, em -> {
                MigrantCaseEntity c = CaseRecords.requireCase(em, caseId);
                if (c.getStatus() == CaseStatus.CLOSED) {
                    throw new RefusedException(List.of(Messages.Attachment_closedCase));
                }
                Integer last = em.createQuery("SELECT MAX(a.revision) FROM Attachment a WHERE a.caseId = :c"
                        + " AND a.documentType = :t AND a.source = :s AND a.language = :l AND a.mediaType = :m",
                        Integer.class).setParameter("c", caseId).setParameter("t", document.type())
                        .setParameter("s", document.source()).setParameter("l", document.language())
                        .setParameter("m", type).getSingleResult();
                int revision = last == null ? 1 : last + 1;
                AttachmentEntity a = new AttachmentEntity(caseId, AttachmentKind.GENERATED, LocalDate.now(clock),
                        clip(document.fileName()), type, content.length, digest, clock.instant(), by);
                a.generated(document, revision);
                em.persist(a);
                em.flush();
                em.persist(new AttachmentContent(a.getId(), content));
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put(AttachmentEntity.KIND, AttachmentKind.GENERATED);
                fields.put("title", document.title() + " (" + revision + ")");
                fields.put(AttachmentEntity.FILE, a.getFileName() + " (" + type + ", " + content.length + " B, sha256 "
                        + digest.substring(0, 12) + ")");
                new AuditTrail(em, by, clock.instant()).created(caseId, ENTITY, a.getId(), fields);
                changedAfterCommit(caseId);
                return a;
            });
        } catch (ValidationException | ConflictException e) {
            throw new IllegalStateException(e); // a generated document is neither malformed nor held by anyone
        }
    }

    @Override
    public void markSent(long caseId, String documentType, String source, LocalDate on, String by) {
        user.require(Permission.EDIT_CASE);
        Transactions.inTransaction(emf, em -> {
            List<AttachmentEntity> all = em.createQuery("SELECT a FROM Attachment a WHERE a.caseId = :c"
                    + " AND a.documentType = :t AND a.source = :s ORDER BY a.revision DESC, a.id DESC",
                    AttachmentEntity.class).setParameter("c", caseId).setParameter("t", documentType)
                    .setParameter("s", source).getResultList();
            if (all.isEmpty()) {
                return null;
            }
            int last = all.get(0).getRevision();
            AuditTrail audit = new AuditTrail(em, by, clock.instant());
            for (AttachmentEntity a : all) {
                if (a.getRevision() == last) {
                    audit.updated(caseId, ENTITY, a.getId(), "sentOn", a.getSentOn(), on);
                    a.sent(on);
                }
            }
            changedAfterCommit(caseId);
            return null;
        });
    }

    @Override
    public byte[] content(long attachmentId) {
        user.require(Permission.READ_CASE);
        return Transactions.inTransaction(emf, em -> {
            AttachmentContent c = em.find(AttachmentContent.class, attachmentId);
            AttachmentEntity a = em.find(AttachmentEntity.class, attachmentId);
            if (c == null || a == null) {
                throw new IllegalArgumentException("no attachment " + attachmentId);
            }
            new AuditTrail(em, user.name(), clock.instant()).viewed(a.getCaseId(), ENTITY, attachmentId, "content");
            return c.getContent();
        });
    }

    @Override
    public void remove(long attachmentId, long expectedVersion) throws ConflictException {
        user.require(Permission.EDIT_CASE);
        CaseRecords.Work<Void> removal = em -> {
            AttachmentEntity a = em.find(AttachmentEntity.class, attachmentId);
            if (a != null) {
                CaseRecords.checkVersion(NLS.bind(Messages.Entity_attachment, a.getFileName()), expectedVersion,
                        a.getVersion(), a.getAddedBy());
                new AuditTrail(em, user.name(), clock.instant()).deleted(a.getCaseId(), ENTITY, attachmentId,
                        a.getKind() + " " + a.getFileName());
                AttachmentContent c = em.find(AttachmentContent.class, attachmentId);
                if (c != null) {
                    em.remove(c);
                    em.flush(); // the content goes first: it refers to the attachment
                }
                em.remove(a);
                changedAfterCommit(a.getCaseId());
            }
            return null;
        };
        try {
            CaseRecords.inTransaction(emf, Messages.Entity_attachments, removal);
        } catch (ValidationException | RefusedException e) {
            throw new IllegalStateException(e); // a removal validates and refuses nothing else
        }
    }

    private void changedAfterCommit(long caseId) {
        CaseRecords.changedAfterCommit(emf, events, caseId);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (double) MEGABYTE);
    }

    private static String clip(String name) {
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }
}

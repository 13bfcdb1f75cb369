package org.homeward.movements.core.internal;

import org.homeward.common.security.Permission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.AuditRecorder;
import org.homeward.cases.model.ConsentDetail;
import org.homeward.cases.model.Consent;
import org.homeward.cases.model.Vulnerability;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.VulnerabilityService;
import org.homeward.common.authorities.AuthorityDirectory;
import org.homeward.common.office.OfficeProfile;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.movements.core.internal.entity.NotificationContent;
import org.homeward.movements.core.internal.entity.NotificationEntity;
import org.homeward.movements.core.internal.sheet.PdfSheet;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.ManifestLine;
import org.homeward.movements.model.Notification;
import org.homeward.movements.model.NotificationKind;
import org.homeward.movements.model.NotificationStatus;
import org.homeward.movements.model.service.BookingService;
import org.homeward.movements.model.service.DepartureService;
import org.homeward.movements.model.service.NotificationService;
import org.homeward.movements.model.service.RecipientDirectory;
import org.homeward.persistence.Transactions;
import org.homeward.persistence.Views;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

/**
 * The departure letters and their outbox. Queuing writes each letter, its PDF and the sharing log of
 * every person it names in one transaction; sending takes each due letter for this sender alone
 * (its version moves, so a second sender's claim fails), sends it, then records the outcome.
 */
@Component(service = NotificationService.class)
public class NotificationServiceImpl implements NotificationService {

    static final String ENTITY = "Notification";

    /** How long a sender may hold a letter before another takes it again (a sender that stopped mid-way). */
    static final Duration LEASE = Duration.ofMinutes(10);

    private final EntityManagerFactory emf;
    private final OfficeDocuments plugins;

    @org.osgi.service.component.annotations.Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL, policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.osgi.service.event.EventAdmin events;
    private final DepartureService departures;
    private final BookingService bookings;
    private final ConsentService consents;
    private final VulnerabilityService screening;
    private final RecipientDirectory directory;
    private final List<AuthorityDirectory> authorities;
    private final OfficeProfile office;
    private final AuditService auditing;
    private final CurrentUser user;
    private final Mailer mailer;
    private final Clock clock;

    @Activate
    public NotificationServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "departures") DepartureService departures,
            @Reference(name = "bookings") BookingService bookings,
            @Reference(name = "consents") ConsentService consents,
            @Reference(name = "screening") VulnerabilityService screening,
            @Reference(name = "directory") RecipientDirectory directory,
            @Reference(name = "authorities", cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY) List<AuthorityDirectory> authorities,
            @Reference(name = "office", cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) OfficeProfile office,
            @Reference(name = "audit") AuditService audit, @Reference(name = "currentUser") CurrentUser user,
            @Reference(name = "mailer") Mailer mailer, @Reference(name = "plugins") OfficeDocuments plugins) {
        this(emf, departures, bookings, consents, screening, directory, authorities, office, audit, user, mailer,
                plugins, Clock.systemDefaultZone());
    }

    NotificationServiceImpl(EntityManagerFactory emf, DepartureService departures, BookingService bookings,
            ConsentService consents, VulnerabilityService screening, RecipientDirectory directory,
            List<AuthorityDirectory> authorities, OfficeProfile office, AuditService audit, CurrentUser user,
            Mailer mailer, OfficeDocuments plugins, Clock clock) {
        this.emf = emf;
        this.plugins = plugins;
        this.departures = departures;
        this.bookings = bookings;
        this.consents = consents;
        this.screening = screening;
        this.directory = directory;
        this.authorities = List.copyOf(authorities);
        this.office = office == null ? OfficeProfile.NEUTRAL : office;
        this.auditing = audit;
        this.user = user;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Override
    public List<Notification> queue(long departureId) throws RefusedException {
        user.require(Permission.BOOK_TRAVEL);
        Manifest manifest = departures.manifest(departureId);
        List<NoticePlan.Planned> plans = new NoticePlan(manifest, directory, authorities, office, bookings::itinerary)
                .plans();
        Map<Long, Set<ConsentDetail>> details = new HashMap<>();
        Map<Long, List<Vulnerability>> flags = new HashMap<>();
        for (long caseId : manifest.caseIds()) {
            details.put(caseId, consents.consent(caseId).filter(c -> c.getWithdrawnOn() == null)
                    .map(Consent::getSharedDetails).orElse(Set.of()));
            flags.put(caseId, screening.ofCase(caseId));
        }
        NoticeLetters letters = new NoticeLetters(manifest, office, bookings::itinerary, plugins);
        Instant now = clock.instant();
        String purpose = NLS.bind(Messages.Notice_purpose, manifest.departure().getLabel());
        return Transactions.<List<Notification>, RefusedException>inTransaction(emf, em -> {
            ChangePosts.afterCommit(emf, () -> events);
            List<Notification> queued = new ArrayList<>();
            AuditRecorder audit = auditing.recorder(user.name(), now);
            int n = 0;
            for (NoticePlan.Planned plan : plans) {
                NoticeLetters.Letter letter = letters.letter(plan.kind(), plan.name(), plan.contact(), plan.lines(),
                        details, flags);
                NotificationEntity entity = new NotificationEntity(departureId, plan.kind(), plan.name(),
                        plan.email(), letters.subject(plan.name()), letters.body(plan.lines().size()),
                        "notification-" + departureId + "-" + (++n) + ".pdf", now, user.name());
                em.persist(entity);
                em.flush();
                em.persist(new NotificationContent(entity.getId(), PdfSheet.write(letter.sheet())));
                for (var shared : letter.fields().entrySet()) {
                    ManifestLine l = shared.getKey();
                    consents.share(l.passenger().getCaseId(), l.passenger().getPersonId(), plan.scope(),
                            plan.name(), purpose, shared.getValue(), user.name(), now);
                }
                for (long caseId : plan.lines().stream().map(l -> l.passenger().getCaseId()).distinct().toList()) {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    fields.put("recipient", plan.name());
                    fields.put("status", NotificationStatus.QUEUED);
                    audit.created(caseId, ENTITY, entity.getId(), fields);
                }
                queued.add(entity);
            }
            return queued;
        });
    }

    @Override
    public List<Notification> outbox() {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em
                .createQuery("SELECT n FROM Notification n ORDER BY n.id DESC", NotificationEntity.class)
                .setMaxResults(500).getResultList()));
    }

    @Override
    public List<Notification> ofDeparture(long departureId) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em.createQuery(
                "SELECT n FROM Notification n WHERE n.departureId = :d ORDER BY n.id", NotificationEntity.class)
                .setParameter("d", departureId).getResultList()));
    }

    @Override
    public long count(NotificationStatus... statuses) {
        user.require(Permission.READ_CASE);
        return Transactions.read(emf, em -> em
                .createQuery("SELECT COUNT(n) FROM Notification n WHERE n.status IN :s", Long.class)
                .setParameter("s", List.of(statuses)).getSingleResult());
    }

    @Override
    public byte[] pdf(long notificationId) {
        user.require(Permission.READ_CASE);
        return Transactions.read(emf, em -> em.find(NotificationContent.class, notificationId).getContent());
    }

    @Override
    public int sendDue(Instant now) {
        user.require(Permission.BOOK_TRAVEL);
        if (!mailer.ready()) {
            return 0; // no server set up: the letters wait, untried, for one or for delivery by hand
        }
        List<Long> due = Transactions.read(emf, em -> em.createQuery("SELECT n.id FROM Notification n"
                + " WHERE n.status IN :s AND n.email IS NOT NULL AND n.nextAttemptAt <= :now ORDER BY n.id",
                Long.class).setParameter("s",
                        List.of(NotificationStatus.QUEUED, NotificationStatus.FAILED,
                                NotificationStatus.SENDING))
                .setParameter("now", now).getResultList());
        int sent = 0;
        for (long id : due) {
            NotificationEntity claimed = claim(id, now);
            if (claimed == null) {
                continue;
            }
            byte[] pdf = pdf(id);
            try {
                mailer.send(new Mailer.Mail(claimed.getEmail(), claimed.getSubject(), claimed.getBody(),
                        claimed.getFileName(), pdf, "<notification-" + id + "." + claimed.getCreatedAt().toEpochMilli()
                                + "@homeward>"));
                record(id, n -> n.sent(now));
                sent++;
            } catch (Exception e) { // whatever the server said, the letter stays in the outbox with it
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                record(id, n -> n.failed(why, now));
            }
        }
        if (sent > 0) {
            ChangePosts.afterCommit(emf, () -> events);
        }
        return sent;
    }

    /** Takes a due letter for this sender: null when another sender took it first. */
    private NotificationEntity claim(long id, Instant now) {
        try {
            return Transactions.inTransaction(emf, em -> {
                NotificationEntity n = em.find(NotificationEntity.class, id);
                boolean due = n.getStatus() == NotificationStatus.QUEUED || n.getStatus() == NotificationStatus.FAILED
                        || n.getStatus() == NotificationStatus.SENDING;
                if (!due || n.getNextAttemptAt() == null || n.getNextAttemptAt().isAfter(now)) {
                    return null;
                }
                n.sending(now.plus(LEASE));
                em.flush();
                return n;
            });
        } catch (PersistenceException e) { // its version moved: another sender has it
            return null;
        }
    }

    private void record(long id, java.util.function.Consumer<NotificationEntity> change) {
        Transactions.inTransaction(emf, em -> {
            change.accept(em.find(NotificationEntity.class, id));
            return null;
        });
    }

    @Override
    public Notification retry(long notificationId, long expectedVersion) throws RefusedException, ConflictException {
        user.require(Permission.BOOK_TRAVEL);
        return change(notificationId, expectedVersion, n -> {
            if (n.getStatus() != NotificationStatus.FAILED && n.getStatus() != NotificationStatus.QUEUED) {
                return Messages.Notice_notFailed;
            }
            if (n.getEmail() == null) {
                return Messages.Notice_noEmail;
            }
            n.dueAt(clock.instant());
            return null;
        });
    }

    @Override
    public Notification deliveredByHand(long notificationId, long expectedVersion, String how)
            throws RefusedException, ConflictException {
        user.require(Permission.BOOK_TRAVEL);
        return change(notificationId, expectedVersion, n -> {
            if (n.getStatus() == NotificationStatus.SENT || n.getStatus() == NotificationStatus.DELIVERED_BY_HAND) {
                return Messages.Notice_alreadySent;
            }
            if (n.getStatus() == NotificationStatus.SENDING) {
                return Messages.Notice_sending;
            }
            n.deliveredByHand(how == null || how.isBlank() ? Messages.Notice_byHand : how.strip(), clock.instant());
            return null;
        });
    }

    /** Applies a user's change to a letter, audited; the change returns why it is refused, or null. */
    private Notification change(long id, long expectedVersion,
            java.util.function.Function<NotificationEntity, String> change) throws RefusedException, ConflictException {
        try {
            return Transactions.<Notification, Exception>inTransaction(emf, em -> {
                ChangePosts.afterCommit(emf, () -> events);
                NotificationEntity n = em.find(NotificationEntity.class, id);
                if (n.getVersion() != expectedVersion) {
                    throw new ConflictException(NLS.bind(Messages.Notice_changed, n.getRecipientName()));
                }
                NotificationStatus before = n.getStatus();
                String refused = change.apply(n);
                if (refused != null) {
                    throw new RefusedException(List.of(refused));
                }
                AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
                for (long caseId : em.createQuery("SELECT DISTINCT p.caseId FROM DeparturePassenger p"
                        + " WHERE p.departureId = :d", Long.class).setParameter("d", n.getDepartureId())
                        .getResultList()) {
                    audit.updated(caseId, ENTITY, id, "status", before, n.getStatus());
                }
                em.flush();
                return n;
            });
        } catch (RefusedException | ConflictException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // the work throws no other checked exception
        }
    }
}

package org.homeward.traveldocs.core.internal;

import org.homeward.common.security.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.homeward.traveldocs.core.internal.entity.EmbassyEntity;
import org.homeward.traveldocs.core.internal.entity.CorrespondenceEntity;
import org.homeward.cases.model.Attachment;
import org.homeward.cases.model.AttachmentKind;
import org.homeward.cases.model.AuditRecorder;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;
import org.homeward.persistence.Views;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.Correspondence;
import org.homeward.traveldocs.model.Embassy;
import org.homeward.traveldocs.model.Correspondence;
import org.homeward.traveldocs.model.Embassy;
import org.homeward.traveldocs.model.service.EmbassyService;
import org.homeward.traveldocs.model.spi.EmbassyDirectorySeed;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManagerFactory;

/**
 * The embassy directory on JPA; edits are audited. An empty directory is filled with the
 * representations the office's country plugin knows ({@link EmbassyDirectorySeed}); core knows none.
 */
@Component(service = EmbassyService.class)
public class EmbassyServiceImpl implements EmbassyService {

    @Reference(name = "auditing")
    private AuditService auditing;

    /** Sets the audit trail (tests; the framework sets it on the field). */
    void setAuditing(AuditService auditing) {
        this.auditing = auditing;
    }

    static final String ENTITY = "Embassy";
    private static final Set<String> LANGUAGES = Set.of("fr", "ar", "en");

    private final EntityManagerFactory emf;
    private final CurrentUser user;
    private final Clock clock;

    @Reference(name = "attachments")
    private AttachmentService attachments;

    @Activate
    public EmbassyServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, user, Clock.systemDefaultZone());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSeed(EmbassyDirectorySeed seed) {
        seedIfEmpty(seed.representations());
    }

    void removeSeed(EmbassyDirectorySeed seed) {
        // what was seeded stays: it is the office's directory now
    }

    EmbassyServiceImpl(EntityManagerFactory emf, CurrentUser user, Clock clock) {
        this.emf = emf;
        this.user = user;
        this.clock = clock;
    }

    /** Fills an empty directory with {@code seed}; a directory with any representation is left as it is. */
    void seedIfEmpty(List<EmbassyDirectorySeed.Representation> seed) {
        Transactions.inTransaction(emf, em -> {
            long present = em.createQuery("SELECT COUNT(e) FROM Embassy e", Long.class).getSingleResult();
            if (present == 0) {
                for (EmbassyDirectorySeed.Representation r : seed) {
                    em.persist(new EmbassyEntity(r.country(),
                            r.consulate() ? EmbassyEntity.Kind.CONSULATE : EmbassyEntity.Kind.EMBASSY,
                            r.city(), r.languages()));
                }
            }
            return null;
        });
    }

    @Override
    public List<Embassy> embassies() {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em
                .createQuery("SELECT e FROM Embassy e ORDER BY e.country, e.kind, e.city", EmbassyEntity.class)
                .getResultList()));
    }

    @Override
    public List<Embassy> of(String country) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em.createQuery(
                "SELECT e FROM Embassy e WHERE e.country = :c AND e.active = TRUE ORDER BY e.kind, e.city",
                EmbassyEntity.class).setParameter("c", country).getResultList()));
    }

    static String label(EmbassyEntity e) {
        return NLS.bind(Messages.Embassy_label, new Object[]{e.getKind() == EmbassyEntity.Kind.EMBASSY
                ? Messages.Embassy_EMBASSY
                : Messages.Embassy_CONSULATE, java.util.Locale.of("", e.getCountry()).getDisplayCountry(),
                e.getCity()});
    }

    private static List<FieldProblem> check(String city, String languages) {
        List<FieldProblem> problems = new ArrayList<>();
        if (city == null || city.isBlank()) {
            problems.add(new FieldProblem("city", NLS.bind(Messages.Problem_required, Messages.Field_city)));
        }
        if (languages == null || languages.isBlank()
                || !List.of(languages.split(",")).stream().map(String::strip).allMatch(LANGUAGES::contains)) {
            problems.add(new FieldProblem("languages", Messages.Embassy_badLanguages));
        }
        return problems;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String languages(String typed) {
        return String.join(",", List.of(typed.split(",")).stream().map(String::strip).toList());
    }

    @Override
    public EmbassyEntity add(String country, EmbassyEntity.Kind kind, String city, String langs)
            throws ValidationException {
        user.require(Permission.EDIT_DIRECTORIES);
        List<FieldProblem> problems = check(city, langs);
        if (country == null || country.isBlank()) {
            problems.add(0, new FieldProblem("country", NLS.bind(Messages.Problem_required, Messages.Field_country)));
        } else if (!country.strip().matches("[A-Z]{2}")) {
            problems.add(0, new FieldProblem("country", Messages.Embassy_badCountry));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return Transactions.inTransaction(emf, em -> {
            EmbassyEntity e = new EmbassyEntity(country.strip(), kind == null ? EmbassyEntity.Kind.EMBASSY : kind,
                    city.strip(),
                    languages(langs));
            em.persist(e);
            em.flush();
            auditing.recorder(user.name(), clock.instant()).created(null, ENTITY, e.getId(),
                    Map.of("country", e.getCountry(), "kind", e.getKind(), "city", e.getCity(), "languages",
                            e.getLanguages()));
            return e;
        });
    }

    @Override
    public EmbassyEntity update(long id, long expectedVersion, String city, String address, String phone, String email,
            String langs, String reception, boolean active) throws ValidationException, ConflictException {
        user.require(Permission.EDIT_DIRECTORIES);
        List<FieldProblem> problems = check(city, langs);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        EmbassyEntity saved = Transactions.inTransaction(emf, em -> {
            EmbassyEntity e = em.find(EmbassyEntity.class, id);
            if (e == null || e.getVersion() != expectedVersion) {
                return null;
            }
            AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
            audit.updated(null, ENTITY, id, "city", e.getCity(), city.strip());
            audit.updated(null, ENTITY, id, "address", e.getAddress(), clean(address));
            audit.updated(null, ENTITY, id, "phone", e.getPhone(), clean(phone));
            audit.updated(null, ENTITY, id, "email", e.getEmail(), clean(email));
            audit.updated(null, ENTITY, id, "languages", e.getLanguages(), languages(langs));
            audit.updated(null, ENTITY, id, "reception", e.getReception(), clean(reception));
            audit.updated(null, ENTITY, id, "active", e.isActive(), active);
            e.update(city.strip(), clean(address), clean(phone), clean(email), languages(langs), clean(reception),
                    active);
            return e;
        });
        if (saved == null) {
            throw new ConflictException(Messages.Embassy_changed);
        }
        return saved;
    }

    @Override
    public CorrespondenceEntity record(long embassyId, Long requestId, CorrespondenceEntity.Direction direction,
            Channel channel,
            LocalDate on, String summary, java.nio.file.Path file) throws ValidationException, RefusedException {
        user.require(Permission.SHARE_WITH_EMBASSY);
        List<FieldProblem> problems = check(on, summary);
        if (file != null && requestId == null) {
            problems.add(new FieldProblem(AttachmentService.FILE, Messages.Correspondence_fileNeedsRequest));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (file == null) {
            return record(embassyId, requestId, direction, channel, on, summary, (Long) null);
        }
        long caseId = Transactions.read(emf, em -> em.createQuery("SELECT m.caseId FROM RequestMember m"
                + " WHERE m.requestId = :r ORDER BY m.id", Long.class).setParameter("r", requestId).setMaxResults(1)
                .getSingleResult());
        Attachment a = attachments.attach(caseId, AttachmentKind.OTHER, on, file);
        try {
            return record(embassyId, requestId, direction, channel, on, summary, a.getId());
        } catch (ValidationException | RuntimeException e) {
            try {
                attachments.remove(a.getId(), a.getVersion()); // not recorded: not kept either
            } catch (org.homeward.common.validation.ConflictException moved) {
                e.addSuppressed(moved); // changed by someone else meanwhile: theirs now
            }
            throw e;
        }
    }

    private List<FieldProblem> check(LocalDate on, String summary) {
        List<FieldProblem> problems = new ArrayList<>();
        if (on == null) {
            problems.add(new FieldProblem("date", NLS.bind(Messages.Problem_required, Messages.Field_sentOn)));
        } else if (on.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("date", NLS.bind(Messages.Problem_future, Messages.Field_sentOn)));
        }
        if (summary == null || summary.isBlank()) {
            problems.add(new FieldProblem("summary", NLS.bind(Messages.Problem_required, Messages.Field_summary)));
        } else if (summary.strip().length() > 1000) {
            problems.add(new FieldProblem("summary", NLS.bind(Messages.Problem_tooLong, Messages.Field_summary, 1000)));
        }
        return problems;
    }

    @Override
    public CorrespondenceEntity record(long embassyId, Long requestId, CorrespondenceEntity.Direction direction,
            Channel channel,
            LocalDate on, String summary, Long attachmentId) throws ValidationException {
        user.require(Permission.SHARE_WITH_EMBASSY);
        List<FieldProblem> problems = check(on, summary);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return Transactions.inTransaction(emf, em -> {
            CorrespondenceEntity c = new CorrespondenceEntity(embassyId, requestId, direction, channel, on,
                    summary.strip(),
                    attachmentId, clock.instant(), user.name());
            em.persist(c);
            return c;
        });
    }

    @Override
    public List<Correspondence> correspondence(long embassyId, Long requestId) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> (requestId == null
                ? em.createQuery("SELECT c FROM Correspondence c WHERE c.embassyId = :e ORDER BY c.on DESC, c.id DESC",
                        CorrespondenceEntity.class).setParameter("e", embassyId)
                : em.createQuery("SELECT c FROM Correspondence c WHERE c.requestId = :r ORDER BY c.on DESC, c.id DESC",
                        CorrespondenceEntity.class).setParameter("r", requestId))
                .getResultList()));
    }
}

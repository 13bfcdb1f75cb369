package org.homeward.cases.core.internal;

import org.homeward.common.security.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.core.internal.entity.SharingRecordEntity;
import org.homeward.cases.core.internal.entity.ConsentEntity;
import org.homeward.cases.model.SharingRecord;
import org.homeward.cases.model.Consent;
import org.homeward.cases.model.ConsentDetail;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.service.ConsentService;
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

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** ConsentEntity on JPA; every change is in the audit trail. */
@Component(service = ConsentService.class)
public class ConsentServiceImpl implements ConsentService {

    static final String ENTITY = "Consent";
    static final String GIVEN_ON = "givenOn";
    static final String LANGUAGE = "language";
    static final String SCOPES = "scopes";
    static final String DETAILS = "details";
    static final String WITHDRAWN_ON = "withdrawnOn";

    private final EntityManagerFactory emf;
    private final CurrentUser user;
    private final Clock clock;

    @Activate
    public ConsentServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, user, Clock.systemDefaultZone());
    }

    ConsentServiceImpl(EntityManagerFactory emf, CurrentUser user, Clock clock) {
        this.emf = emf;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public Optional<Consent> consent(long caseId) {
        user.require(Permission.READ_CASE);
        return Views.optional(Transactions.read(emf, em -> Optional.ofNullable(CaseRecords.consent(em, caseId))));
    }

    static List<FieldProblem> validate(ConsentInput input, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.givenOn() == null) {
            problems.add(new FieldProblem(GIVEN_ON, Messages.Consent_dateRequired));
        } else if (input.givenOn().isAfter(today)) {
            problems.add(new FieldProblem(GIVEN_ON, Messages.Consent_dateFuture));
        }
        String language = input.language() == null ? "" : input.language().strip();
        if (language.isEmpty()) {
            problems.add(new FieldProblem(LANGUAGE, Messages.Consent_languageRequired));
        } else if (!isLanguage(language)) {
            problems.add(new FieldProblem(LANGUAGE, NLS.bind(Messages.Consent_languageUnknown, language)));
        }
        return problems;
    }

    /** An ISO 639-1 code, or an ISO 639-2/3 code the JDK knows (bam, ful, wol, ...). */
    static boolean isLanguage(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        if (c.length() == 2) {
            return Set.of(Locale.getISOLanguages()).contains(c);
        }
        return c.matches("[a-z]{3}") && !Locale.of(c).getDisplayLanguage(Locale.ENGLISH).equals(c);
    }

    @Override
    public ConsentEntity record(long caseId, ConsentInput input) throws ValidationException, ConflictException {
        user.require(Permission.EDIT_CASE);
        List<FieldProblem> problems = validate(input, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        try {
            return CaseRecords.inTransaction(emf, NLS.bind(Messages.Entity_consent, caseId), em -> {
                CaseRecords.requireCase(em, caseId);
                CaseRecords.lockCase(em, caseId);
                ConsentEntity consent = CaseRecords.consent(em, caseId);
                CaseRecords.checkSeen(NLS.bind(Messages.Entity_consent, caseId), input.expectedVersion(),
                        consent == null ? null : consent.getVersion(), consent == null
                                ? null
                                : consent.getExplainedBy());
                Instant now = clock.instant();
                AuditTrail audit = new AuditTrail(em, user.name(), now);
                Set<Recipient> scopes = input.scopes() == null ? EnumSet.noneOf(Recipient.class) : input.scopes();
                Set<ConsentDetail> details = input.details() == null || input.details().isEmpty()
                        ? EnumSet.noneOf(ConsentDetail.class)
                        : EnumSet.copyOf(input.details());
                String language = input.language().strip().toLowerCase(Locale.ROOT);
                if (consent == null || consent.getWithdrawnOn() != null) { // a withdrawn one stays as it was
                    consent = new ConsentEntity(caseId);
                    apply(consent, input.givenOn(), language, scopes, details);
                    em.persist(consent);
                    em.flush();
                    ConsentCoverage.cover(em, consent.getId(), caseId);
                    Map<String, Object> fields = new LinkedHashMap<>();
                    fields.put(GIVEN_ON, input.givenOn());
                    fields.put(LANGUAGE, language);
                    fields.put(SCOPES, scopes);
                    fields.put(DETAILS, details);
                    audit.created(caseId, ENTITY, consent.getId(), fields);
                    return consent;
                }
                audit.updated(caseId, ENTITY, consent.getId(), GIVEN_ON, consent.getGivenOn(), input.givenOn());
                audit.updated(caseId, ENTITY, consent.getId(), LANGUAGE, consent.getLanguage(), language);
                audit.updated(caseId, ENTITY, consent.getId(), SCOPES, consent.getScopes(), scopes);
                audit.updated(caseId, ENTITY, consent.getId(), DETAILS, consent.getSharedDetails(), details);
                apply(consent, input.givenOn(), language, scopes, details);
                em.flush();
                ConsentCoverage.cover(em, consent.getId(), caseId);
                return consent;
            });
        } catch (RefusedException e) {
            throw new IllegalStateException(e); // recording consent is never refused, only validated
        }
    }

    private void apply(ConsentEntity consent, LocalDate givenOn, String language, Set<Recipient> scopes,
            Set<ConsentDetail> details) {
        consent.setSharedDetails(details);
        consent.setGivenOn(givenOn);
        consent.setLanguage(language);
        consent.setScopes(scopes);
        consent.setExplainedBy(user.name());
    }

    @Override
    public ConsentEntity withdraw(long caseId, LocalDate on) throws ValidationException {
        user.require(Permission.EDIT_CASE);
        try {
            return CaseRecords.inTransaction(emf, NLS.bind(Messages.Entity_consent, caseId), em -> {
                ConsentEntity consent = CaseRecords.consent(em, caseId);
                List<FieldProblem> problems = new ArrayList<>();
                if (consent == null) {
                    problems.add(new FieldProblem(WITHDRAWN_ON, Messages.Consent_none));
                } else if (consent.getWithdrawnOn() != null) {
                    problems.add(new FieldProblem(WITHDRAWN_ON, Messages.Consent_alreadyWithdrawn));
                } else if (on == null) {
                    problems.add(new FieldProblem(WITHDRAWN_ON, Messages.Consent_dateRequired));
                } else if (on.isBefore(consent.getGivenOn())) {
                    problems.add(new FieldProblem(WITHDRAWN_ON, Messages.Consent_withdrawBeforeGiven));
                } else if (on.isAfter(LocalDate.now(clock))) {
                    problems.add(new FieldProblem(WITHDRAWN_ON, Messages.Consent_dateFuture));
                }
                if (!problems.isEmpty()) {
                    throw new ValidationException(problems);
                }
                new AuditTrail(em, user.name(), clock.instant()).updated(caseId, ENTITY, consent.getId(), WITHDRAWN_ON,
                        consent.getWithdrawnOn(), on);
                consent.setWithdrawnOn(on);
                em.flush();
                return consent;
            });
        } catch (RefusedException | ConflictException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean allows(long caseId, Recipient recipient) {
        user.require(Permission.READ_CASE);
        return Transactions.read(emf, em -> refusals(em, caseId, null, recipient).isEmpty());
    }

    @Override
    public void requireAllowed(long caseId, Recipient recipient) throws RefusedException {
        user.require(Permission.READ_CASE);
        List<String> refused = Transactions.read(emf, em -> refusals(em, caseId, null, recipient));
        if (!refused.isEmpty()) {
            throw new RefusedException(refused);
        }
    }

    /**
     * Why the data of {@code personId} (their own consent must be in force and name {@code recipient}), or
     * with no person the case's data (its consent and every member's), may not go to {@code recipient}.
     */
    private static List<String> refusals(EntityManager em, long caseId, Long personId, Recipient recipient) {
        ConsentEntity consent = personId == null
                ? CaseRecords.consent(em, caseId)
                : ConsentCoverage.own(em, personId);
        if (consent == null || consent.getWithdrawnOn() != null) {
            return List.of(Messages.Workflow_needsConsent);
        }
        if (!consent.allows(recipient)) {
            return List.of(NLS.bind(Messages.Consent_refused, Labels.recipient(recipient)));
        }
        List<String> refused = new ArrayList<>();
        if (personId == null) {
            ConsentCoverage.members(em, caseId).forEach((person, own) -> {
                if (own == null || own.getWithdrawnOn() != null) {
                    refused.add(NLS.bind(Messages.Consent_personUncovered, ConsentCoverage.name(person)));
                } else if (!own.allows(recipient)) {
                    refused.add(NLS.bind(Messages.Consent_personRefused, ConsentCoverage.name(person),
                            Labels.recipient(recipient)));
                }
            });
        }
        return refused;
    }

    @Override
    public List<Consent> history(long caseId) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em
                .createQuery("SELECT c FROM Consent c WHERE c.caseId = :id ORDER BY c.id DESC", ConsentEntity.class)
                .setParameter("id", caseId).getResultList()));
    }

    @Override
    public List<String> uncovered(long caseId) {
        user.require(Permission.READ_CASE);
        return Transactions.read(emf, em -> ConsentCoverage.members(em, caseId).entrySet().stream()
                .filter(e -> e.getValue() == null || e.getValue().getWithdrawnOn() != null)
                .map(e -> ConsentCoverage.name(e.getKey())).toList());
    }

    @Override
    public void share(long caseId, Long personId, Recipient recipient, String recipientName, String purpose,
            String fields, String by, Instant at) throws RefusedException {
        user.require(Permission.SHARE_WITH_EMBASSY);
        Transactions.<Void, RefusedException>inTransaction(emf, em -> {
            List<String> refused = refusals(em, caseId, personId, recipient);
            if (!refused.isEmpty()) {
                throw new RefusedException(refused);
            }
            em.persist(new SharingRecordEntity(caseId, personId, recipient, recipientName, purpose, fields, at, by));
            return null;
        });
    }

    @Override
    public List<SharingRecord> sharings(long caseId) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em
                .createQuery("SELECT s FROM SharingRecord s WHERE s.caseId = :c ORDER BY s.id",
                        SharingRecordEntity.class)
                .setParameter("c", caseId).getResultList()));
    }
}

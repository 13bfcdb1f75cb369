package org.homeward.cases.core.internal;

import org.homeward.common.security.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.core.internal.entity.InterviewEntity;
import org.homeward.cases.model.Interview;
import org.homeward.cases.model.InterviewInput;
import org.homeward.cases.model.service.InterviewService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;
import org.homeward.persistence.Views;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/** Interviews on JPA: checked field by field, the current user as interviewer, audited. */
@Component(service = InterviewService.class)
public class InterviewServiceImpl implements InterviewService {

    static final String ENTITY = "Interview";

    private final EntityManagerFactory emf;
    private final CurrentUser user;
    private final Clock clock;

    @Activate
    public InterviewServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, user, Clock.systemDefaultZone());
    }

    InterviewServiceImpl(EntityManagerFactory emf, CurrentUser user, Clock clock) {
        this.emf = emf;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public List<Interview> ofCase(long caseId) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em
                .createQuery("SELECT i FROM Interview i WHERE i.caseId = :id ORDER BY i.heldOn, i.id",
                        InterviewEntity.class)
                .setParameter("id", caseId).getResultList()));
    }

    static List<FieldProblem> validate(InterviewInput in, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (in.kind() == null) {
            problems.add(new FieldProblem("kind", NLS.bind(Messages.Problem_required, Messages.Interview_kind)));
        }
        if (in.heldOn() == null) {
            problems.add(new FieldProblem("heldOn", NLS.bind(Messages.Problem_required, Messages.Interview_date)));
        } else if (in.heldOn().isAfter(today)) {
            problems.add(new FieldProblem("heldOn", NLS.bind(Messages.Problem_future, Messages.Interview_date)));
        }
        if (in.language() == null || in.language().isBlank()) {
            problems.add(
                    new FieldProblem("language", NLS.bind(Messages.Problem_required, Messages.Interview_language)));
        } else if (!ConsentServiceImpl.isLanguage(in.language().strip())) {
            problems.add(new FieldProblem("language",
                    NLS.bind(Messages.Consent_languageUnknown, in.language().strip())));
        }
        if (in.kind() == InterviewEntity.Kind.FIRST && blank(in.reasonForReturn())) {
            problems.add(new FieldProblem("reasonForReturn",
                    NLS.bind(Messages.Problem_required, Messages.Interview_reason)));
        }
        if (in.kind() == InterviewEntity.Kind.SECOND && blank(in.destination())) {
            problems.add(new FieldProblem("destination",
                    NLS.bind(Messages.Problem_required, Messages.Interview_destination)));
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public InterviewEntity record(long caseId, InterviewInput input) throws ValidationException {
        user.require(Permission.EDIT_CASE);
        List<FieldProblem> problems = validate(input, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return Transactions.inTransaction(emf, em -> {
            CaseRecords.requireCase(em, caseId);
            InterviewEntity i = new InterviewEntity(caseId, input, user.name());
            em.persist(i);
            em.flush();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("kind", i.getKind());
            fields.put("heldOn", i.getHeldOn());
            fields.put("language", i.getLanguage());
            fields.put("interpreter", i.getInterpreter());
            fields.put("reasonForReturn", i.getReasonForReturn());
            fields.put("destination", i.getDestination());
            new AuditTrail(em, user.name(), clock.instant()).created(caseId, ENTITY, i.getId(), fields);
            return i;
        });
    }
}

package org.homeward.reporting.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.HeldData;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.CaseLifecycleParticipant;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.model.service.SubjectAccessService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import org.homeward.common.validation.RefusedException;
import org.homeward.persistence.Transactions;
import org.homeward.reporting.core.internal.donor.DonorPdf;
import org.homeward.reporting.core.internal.donor.DonorSection;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManagerFactory;

/**
 * The subject access report as a PDF: a cover naming the person, their case, when and by whom it was made,
 * then every area's tables (the case area's first, by ranking), empty ones left out. Making it is audited
 * as a view of the person's data, before it is gathered, so that the report lists itself.
 */
@Component(service = SubjectAccessService.class)
public class SubjectAccessServiceImpl implements SubjectAccessService {

    static final String SUBJECT_ACCESS = "subjectAccess";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final EntityManagerFactory emf;
    private final CaseService cases;
    private final HouseholdService households;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;
    private final Map<CaseLifecycleParticipant, Integer> participants = new ConcurrentHashMap<>();

    @Activate
    public SubjectAccessServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "cases") CaseService cases, @Reference(name = "households") HouseholdService households,
            @Reference(name = "audit") AuditService audit, @Reference(name = "currentUser") CurrentUser user) {
        this.emf = emf;
        this.cases = cases;
        this.households = households;
        this.audit = audit;
        this.user = user;
        this.clock = Clock.systemDefaultZone();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addParticipant(CaseLifecycleParticipant participant, Map<String, Object> properties) {
        participants.put(participant, properties.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0);
    }

    void removeParticipant(CaseLifecycleParticipant participant) {
        participants.remove(participant);
    }

    @Override
    public void write(long personId, OutputStream out) throws RefusedException, IOException {
        user.require(Permission.SUBJECT_ACCESS);
        Person person = households.person(personId)
                .orElseThrow(() -> new RefusedException(List.of(Messages.SubjectAccess_noPerson)));
        MigrantCase c = cases.find(person.getCaseId()).orElseThrow();
        Transactions.inTransaction(emf, em -> {
            audit.recorder(user.name(), clock.instant()).viewed(c.getId(), "Person", personId, SUBJECT_ACCESS);
            return null;
        });
        List<DonorSection> sections = new ArrayList<>();
        participants.entrySet().stream().sorted(Map.Entry.<CaseLifecycleParticipant, Integer>comparingByValue(
                Comparator.reverseOrder())).forEach(e -> {
                    for (HeldData held : e.getKey().heldOn(personId)) {
                        if (!held.isEmpty()) {
                            sections.add(DonorSection.text(held.title(), held.rows()));
                        }
                    }
                });
        List<String> cover = List.of(NLS.bind(Messages.SubjectAccess_title, (person.getGivenNames() + " "
                + person.getFamilyName()).strip()), NLS.bind(Messages.SubjectAccess_made, new Object[]{
                        c.getCaseNumber(), WHEN.format(clock.instant().atZone(clock.getZone())), user.name()}),
                Messages.SubjectAccess_confidential);
        DonorPdf.write(cover, sections, "ar".equals(Locale.getDefault().getLanguage()), out);
    }
}

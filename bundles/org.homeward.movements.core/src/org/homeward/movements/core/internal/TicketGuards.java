package org.homeward.movements.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.Vulnerability;
import org.homeward.cases.model.VulnerabilityType;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.model.service.VulnerabilityService;
import org.homeward.movements.core.internal.entity.BookingPassengerEntity;
import org.homeward.traveldocs.model.service.TravelDocService;

/**
 * What must hold before a passenger is ticketed: the case approved for return, a travel document
 * valid until the last day of the journey (the person's own passport, or the document the embassy
 * issued, checked as embassy tracking checks it), and an escort for an unaccompanied child, an
 * escort or a fit-to-travel record for a medical case. Each unmet one is named, with the person.
 */
final class TicketGuards {

    /** The statuses from which a case may travel (again, after a no-show). */
    static final Set<CaseStatus> APPROVED = EnumSet.of(CaseStatus.APPROVED, CaseStatus.TRAVEL_DOCS_REQUESTED,
            CaseStatus.TRAVEL_DOCS_OBTAINED, CaseStatus.DEPARTURE_SCHEDULED, CaseStatus.NO_SHOW);

    private final CaseService cases;
    private final HouseholdService households;
    private final VulnerabilityService screening;
    private final HeldDocuments held;

    TicketGuards(CaseService cases, HouseholdService households, VulnerabilityService screening,
            TravelDocService documents) {
        this.cases = cases;
        this.households = households;
        this.screening = screening;
        this.held = new HeldDocuments(households, documents);
    }

    /** Every reason the passengers cannot be ticketed for a journey ending on {@code lastDay}. */
    List<String> unmet(List<BookingPassengerEntity> passengers, LocalDate lastDay, LocalDate today) {
        List<String> unmet = new ArrayList<>();
        for (BookingPassengerEntity p : passengers) {
            Person person = households.person(p.getPersonId()).orElseThrow();
            String who = person.getGivenNames() + " " + person.getFamilyName();
            MigrantCase c = cases.find(p.getCaseId()).orElseThrow();
            if (!APPROVED.contains(c.getStatus())) {
                unmet.add(NLS.bind(Messages.Ticket_caseNotApproved, who, c.getCaseNumber()));
            }
            if (!holdsValidDocument(p, lastDay, today)) {
                unmet.add(NLS.bind(Messages.Ticket_noValidDocument, who,
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu").format(lastDay)));
            }
            List<VulnerabilityType> flags = screening.ofCase(p.getCaseId()).stream()
                    .filter(v -> v.getPersonId() == p.getPersonId()).map(Vulnerability::getType).toList();
            boolean escorted = p.getEscort() != null && !p.getEscort().isBlank();
            if (flags.contains(VulnerabilityType.UNACCOMPANIED_OR_SEPARATED_CHILD) && !escorted) {
                unmet.add(NLS.bind(Messages.Ticket_escortNeeded, who));
            }
            if (flags.contains(VulnerabilityType.MEDICAL_CONDITION) && !escorted && p.getFitToTravelOn() == null) {
                unmet.add(NLS.bind(Messages.Ticket_fitToTravelNeeded, who));
            }
        }
        return unmet;
    }

    private boolean holdsValidDocument(BookingPassengerEntity p, LocalDate lastDay, LocalDate today) {
        return held.validUntil(p.getPersonId(), p.getCaseId(), lastDay, today);
    }
}

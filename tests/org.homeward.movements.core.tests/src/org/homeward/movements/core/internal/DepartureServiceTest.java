package org.homeward.movements.core.internal;

import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.service.CaseMergeService;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.model.Boarding;
import org.homeward.movements.model.BoardingOutcome;
import org.homeward.movements.model.Booking;
import org.homeward.movements.model.BookingStatus;
import org.homeward.movements.model.Departure;
import org.homeward.movements.model.DepartureKind;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.ManifestLine;
import org.homeward.movements.model.PreEmbarkation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Departures on the real database: planning, the manifest, the checks and the day's outcomes. */
class DepartureServiceTest {

    private static Fixtures f;

    @BeforeAll
    static void services() throws Exception {
        f = new Fixtures();
    }

    @AfterAll
    static void release() throws Exception {
        TestAccounts.signInAs(Role.OPERATIONS_ASSISTANT);
    }

    private static void checked(ManifestLine line) throws Exception {
        f.departures.check(line.passenger().getId(), line.passenger().getVersion(),
                new PreEmbarkation(true, true, false, new BigDecimal("500"), "R-" + line.passenger().getId()));
    }

    @Test
    void oneCaseBoardsAndTheOtherIsANoShowThatCanBeBookedAgain() throws Exception {
        String family = Fixtures.family();
        MigrantCase boarding = f.approvedCase(family, "Aminata", Set.of());
        MigrantCase missing = f.approvedCase(Fixtures.family(), "Fatou", Set.of());
        Booking b1 = f.ticketed("PNR001", f.principal(boarding));
        Booking b2 = f.ticketed("PNR002", f.principal(missing));

        Departure d = f.departures.plan(f.day, DepartureKind.SCHEDULED, "TK618 Conakry",
                List.of(b1.getId(), b2.getId()));

        assertEquals(CaseStatus.DEPARTURE_SCHEDULED, f.cases.find(boarding.getId()).orElseThrow().getStatus());
        assertEquals(f.day, f.documents.plannedDeparture(boarding.getId()).on(),
                "embassy tracking checks documents against the departure's day");
        Manifest manifest = f.departures.manifest(d.getId());
        assertEquals(2, manifest.lines().size());
        ManifestLine first = manifest.lines().get(0);
        assertEquals("Aminata", first.givenNames());
        assertEquals("R" + f.principal(boarding).getId(), first.documentNumber());
        assertEquals("PNR001", first.pnr());
        assertEquals("235-" + (2400000000L + f.principal(boarding).getId()), first.ticketNumber());
        checked(first);

        long boardedId = first.passenger().getId();
        long missingId = manifest.lines().get(1).passenger().getId();
        ValidationException noReason = assertThrows(ValidationException.class, () -> f.departures.confirm(d.getId(),
                d.getVersion(), Map.of(boardedId, Boarding.boarded(), missingId, Boarding.noShow(" "))));
        assertEquals(List.of("Absent : la raison est obligatoire."),
                noReason.problems().stream().map(p -> p.message()).toList());
        RefusedException noDocuments = assertThrows(RefusedException.class, () -> f.departures.confirm(d.getId(),
                d.getVersion(), Map.of(boardedId, Boarding.boarded(), missingId, Boarding.boarded())));
        assertTrue(noDocuments.reasons().get(0).contains("documents de voyage non remis"),
                noDocuments.reasons().toString());
        assertEquals(CaseStatus.DEPARTURE_SCHEDULED, f.cases.find(boarding.getId()).orElseThrow().getStatus(),
                "nothing confirmed half-way");

        f.departures.confirm(d.getId(), d.getVersion(),
                Map.of(boardedId, Boarding.boarded(), missingId, Boarding.noShow("malade le jour du vol")));

        assertEquals(CaseStatus.DEPARTED, f.cases.find(boarding.getId()).orElseThrow().getStatus());
        MigrantCase noShow = f.cases.find(missing.getId()).orElseThrow();
        assertEquals(CaseStatus.NO_SHOW, noShow.getStatus());
        assertTrue(f.workflow.history(missing.getId()).stream().anyMatch(h -> h.getReason() != null
                && h.getReason().contains("malade le jour du vol")), f.workflow.history(missing.getId()).toString());
        assertEquals(BookingStatus.FLOWN, f.bookings.bookingsOf(boarding.getId()).get(0).getStatus());
        assertEquals(BookingStatus.NO_SHOW, f.bookings.bookingsOf(missing.getId()).get(0).getStatus());
        Manifest after = f.departures.manifest(d.getId());
        assertTrue(after.departure().isClosed());
        assertEquals(BoardingOutcome.NO_SHOW, after.lines().get(1).passenger().getOutcome());
        assertEquals("malade le jour du vol", after.lines().get(1).passenger().getNoShowReason());

        Booking again = f.ticketed("PNR003", f.principal(missing));
        Departure later = f.departures.plan(f.day.plusDays(7), DepartureKind.SCHEDULED, "TK618 Conakry (2)",
                List.of(again.getId()));
        assertEquals(CaseStatus.DEPARTURE_SCHEDULED, f.cases.find(missing.getId()).orElseThrow().getStatus(),
                "a no-show is booked and scheduled again");
        assertEquals(List.of(later.getId(), d.getId()),
                f.departures.departuresOf(missing.getId()).stream().map(Departure::getId).toList());
    }

    @Test
    void onlyTicketedBookingsDepartAndABadPlanSavesNothing() throws Exception {
        MigrantCase c = f.approvedCase(Fixtures.family(), "Mariama", Set.of());
        Booking option = f.bookings.book(f.toConakry("PNR010", f.principal(c)));

        RefusedException refused = assertThrows(RefusedException.class, () -> f.departures.plan(f.day,
                DepartureKind.CHARTER, "Charter Conakry", List.of(option.getId())));
        assertEquals(List.of("La réservation PNR010 n’est pas émise : seuls les billets émis partent."),
                refused.reasons());
        ValidationException bad = assertThrows(ValidationException.class,
                () -> f.departures.plan(f.day.minusDays(30), DepartureKind.CHARTER, " ", List.of()));
        assertEquals(3, bad.problems().size(), bad.problems().toString());
        assertTrue(f.departures.departuresOf(c.getId()).isEmpty());
        assertEquals(CaseStatus.APPROVED, f.cases.find(c.getId()).orElseThrow().getStatus());
    }

    @Test
    void pocketMoneyNeedsAReceiptNumber() throws Exception {
        MigrantCase c = f.approvedCase(Fixtures.family(), "Kadiatou", Set.of());
        Departure d = f.departures.plan(f.day, DepartureKind.SCHEDULED, "TK618",
                List.of(f.ticketed("PNR020", f.principal(c)).getId()));
        ManifestLine line = f.departures.manifest(d.getId()).lines().get(0);

        ValidationException refused = assertThrows(ValidationException.class, () -> f.departures.check(
                line.passenger().getId(), line.passenger().getVersion(),
                new PreEmbarkation(true, true, true, new BigDecimal("300"), "")));
        assertEquals(List.of(PreEmbarkation.RECEIPT), refused.problems().stream().map(p -> p.field()).toList());
        assertFalse(f.departures.manifest(d.getId()).lines().get(0).passenger().isDocumentsInHand());
    }

    @Test
    void aMergeMovesTheDeparturePassengersToTheKeptCase() throws Exception {
        MigrantCase kept = f.approvedCase(Fixtures.family(), "Hawa", Set.of());
        MigrantCase duplicate = f.approvedCase(Fixtures.family(), "Hawa", Set.of());
        Person p = f.principal(duplicate);
        Departure d = f.departures.plan(f.day, DepartureKind.SCHEDULED, "TK618",
                List.of(f.ticketed("PNR030", p).getId()));
        Role before = TestAccounts.current();
        TestAccounts.signInAs(Role.ADMINISTRATOR);
        try {
            org.homeward.cases.model.service.CaseService cases = Fixtures
                    .service(org.homeward.cases.model.service.CaseService.class); // the versions as the merge dialog reads them
            Fixtures.service(CaseMergeService.class).merge(kept.getId(),
                    cases.find(kept.getId()).orElseThrow().getVersion(), duplicate.getId(),
                    cases.find(duplicate.getId()).orElseThrow().getVersion(), "même personne");
        } finally {
            TestAccounts.signInAs(before);
        }
        assertEquals(List.of(d.getId()),
                f.departures.departuresOf(kept.getId()).stream().map(Departure::getId).toList());
        assertEquals(kept.getId(), f.departures.manifest(d.getId()).lines().get(0).passenger().getCaseId());
        assertEquals(1, f.bookings.bookingsOf(kept.getId()).size());
    }
}

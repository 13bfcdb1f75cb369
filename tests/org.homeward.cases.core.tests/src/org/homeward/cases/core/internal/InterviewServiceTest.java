package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.homeward.cases.model.Interview;
import org.homeward.cases.model.InterviewInput;
import org.homeward.cases.model.MigrantCase;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.ValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/** Interviews: what each one needs, the interviewer recorded, the trail kept. */
class InterviewServiceTest {

    private static EntityManagerFactory emf;

    @BeforeAll
    static void database() throws InterruptedException {
        emf = TestDatabase.emf();
    }

    @Test
    void firstInterviewNeedsTheReasonSecondTheDestinationAndNothingBadIsSaved() throws Exception {
        MigrantCase c = TestDatabase.newCase(emf);
        InterviewServiceImpl interviews = new InterviewServiceImpl(emf, TestUser.ASSISTANT, Clock.systemDefaultZone());

        ValidationException first = assertThrows(ValidationException.class, () -> interviews.record(c.getId(),
                new InterviewInput(Interview.Kind.FIRST, LocalDate.now().plusDays(1), "xq", null, "Rabat", " ", null,
                        null, null, null)));
        assertEquals(List.of("heldOn", "language", "reasonForReturn"),
                first.problems().stream().map(FieldProblem::field).toList());
        ValidationException second = assertThrows(ValidationException.class, () -> interviews.record(c.getId(),
                new InterviewInput(Interview.Kind.SECOND, LocalDate.now(), "ff", null, null, null, "", null, null,
                        null)));
        assertEquals(List.of("destination"), second.problems().stream().map(FieldProblem::field).toList());
        assertEquals(List.of(), interviews.ofCase(c.getId()));

        interviews.record(c.getId(), new InterviewInput(Interview.Kind.FIRST, LocalDate.now().minusDays(3), "bm",
                "Oumar (interprète bambara)", "Bureau de Rabat", "Famille malade au pays", null, null,
                "Asthme, traitement en cours", null));
        interviews.record(c.getId(), new InterviewInput(Interview.Kind.SECOND, LocalDate.now(), "FR", null, null, null,
                "Kayes, Mali", "Frère à Kayes : +223 ...", null, "Projet : petit commerce"));

        List<Interview> saved = interviews.ofCase(c.getId());
        assertEquals(List.of(Interview.Kind.FIRST, Interview.Kind.SECOND),
                saved.stream().map(Interview::getKind).toList());
        assertEquals("awa.assistant", saved.get(0).getInterviewer());
        assertEquals("fr", saved.get(1).getLanguage());
        assertEquals(2, new CaseServiceImpl(emf, Clock.systemUTC(), null, TestUser.ASSISTANT).auditTrail(c.getId())
                .stream().filter(a -> InterviewServiceImpl.ENTITY.equals(a.getEntity()) && "kind".equals(a.getField()))
                .count());
    }
}

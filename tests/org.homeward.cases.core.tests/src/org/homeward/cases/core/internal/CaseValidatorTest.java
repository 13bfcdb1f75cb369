package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Sex;
import org.homeward.common.validation.FieldProblem;
import org.junit.jupiter.api.Test;

class CaseValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static NewCase valid() {
        return new NewCase("Diallo", "Mamadou Saliou", "مامادو ديالو", Sex.MALE,
                DateOfBirth.exact(LocalDate.of(1994, 3, 14)), "GN");
    }

    private static Map<String, String> problems(NewCase draft) {
        return CaseValidator.validate(draft, TODAY).stream()
                .collect(Collectors.toMap(FieldProblem::field, FieldProblem::message));
    }

    @Test
    void completeRegistrationHasNoProblem() {
        assertEquals(Map.of(), problems(valid()));
    }

    @Test
    void emptyFormNamesEveryRequiredField() {
        Map<String, String> p = problems(new NewCase(" ", "", null, null, null, ""));

        assertEquals(List.of(NewCase.DATE_OF_BIRTH, NewCase.FAMILY_NAME, NewCase.GIVEN_NAMES, NewCase.NATIONALITY,
                NewCase.SEX), p.keySet().stream().sorted().toList());
        assertTrue(p.get(NewCase.FAMILY_NAME).startsWith(Messages.Field_familyName), p.get(NewCase.FAMILY_NAME));
        assertTrue(p.get(NewCase.GIVEN_NAMES).startsWith(Messages.Field_givenNames));
        assertTrue(p.get(NewCase.SEX).startsWith(Messages.Field_sex));
        assertTrue(p.get(NewCase.DATE_OF_BIRTH).startsWith(Messages.Field_dateOfBirth));
        assertTrue(p.get(NewCase.NATIONALITY).startsWith(Messages.Field_nationality));
    }

    @Test
    void birthDateInTheFutureIsRefused() {
        NewCase tomorrow = new NewCase("Diallo", "Awa", null, Sex.FEMALE, DateOfBirth.exact(TODAY.plusDays(1)), "SN");

        assertEquals(List.of(NewCase.DATE_OF_BIRTH), List.copyOf(problems(tomorrow).keySet()));
    }

    @Test
    void estimatedYearIsAcceptedUpToThisYear() {
        NewCase thisYear = new NewCase("Diallo", "Awa", null, Sex.FEMALE, DateOfBirth.estimatedYear(2026), "SN");
        NewCase nextYear = new NewCase("Diallo", "Awa", null, Sex.FEMALE, DateOfBirth.estimatedYear(2027), "SN");

        assertEquals(Map.of(), problems(thisYear));
        assertEquals(List.of(NewCase.DATE_OF_BIRTH), List.copyOf(problems(nextYear).keySet()));
    }

    @Test
    void implausiblyOldBirthYearIsRefused() {
        NewCase old = new NewCase("Diallo", "Awa", null, Sex.FEMALE, DateOfBirth.estimatedYear(1890), "SN");

        assertTrue(problems(old).get(NewCase.DATE_OF_BIRTH).contains("1900"));
    }

    @Test
    void unknownNationalityIsRefusedAndQuoted() {
        NewCase draft = new NewCase("Diallo", "Awa", null, Sex.FEMALE, DateOfBirth.estimatedYear(1990), "XK1");

        assertTrue(problems(draft).get(NewCase.NATIONALITY).contains("XK1"));
    }

    @Test
    void westAfricanNameSpellingsAreAccepted() {
        for (String name : List.of("N'Diaye", "Traoré", "Ba-Sow", "Kéita", "Ndoye Fall", "O’Neil", "Koné")) {
            NewCase draft = new NewCase(name, "Fatoumata", null, Sex.FEMALE, DateOfBirth.estimatedYear(1990), "ML");
            assertEquals(Map.of(), problems(draft), name);
        }
    }

    @Test
    void scriptsAreKeptInTheirFields() {
        NewCase arabicInLatin = new NewCase("ديالو", "Awa", "Diallo", Sex.FEMALE, DateOfBirth.estimatedYear(1990),
                "SN");

        Map<String, String> p = problems(arabicInLatin);
        assertEquals(List.of(NewCase.ARABIC_NAME, NewCase.FAMILY_NAME), p.keySet().stream().sorted().toList());
    }

    @Test
    void digitsInANameAreRefused() {
        NewCase draft = new NewCase("Diallo2", "Awa", null, Sex.FEMALE, DateOfBirth.estimatedYear(1990), "SN");

        assertEquals(List.of(NewCase.FAMILY_NAME), List.copyOf(problems(draft).keySet()));
    }

    @Test
    void overlongNameIsRefusedWithTheLimit() {
        NewCase draft = new NewCase("A".repeat(101), "Awa", null, Sex.FEMALE, DateOfBirth.estimatedYear(1990), "SN");

        assertTrue(problems(draft).get(NewCase.FAMILY_NAME).contains("100"));
    }
}

package org.homeward.cases.core.internal;

import java.lang.Character.UnicodeScript;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.Nationalities;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.PersonDraft;
import org.homeward.common.validation.FieldProblem;

/** Checks a new case's fields; every bad field gets a message naming it. */
public final class CaseValidator {

    static final int NAME_MAX = 100;
    static final int ARABIC_NAME_MAX = 200;
    static final int OLDEST_YEAR = 1900;
    static final int ALIASES_MAX = 300;
    static final String ALIASES = "aliases";

    private CaseValidator() {
    }

    public static List<FieldProblem> validate(NewCase draft, LocalDate today) {
        return validate(PersonDraft.of(draft), today);
    }

    public static List<FieldProblem> validate(PersonDraft draft, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        latinName(problems, NewCase.FAMILY_NAME, Messages.Field_familyName, draft.familyName());
        latinName(problems, NewCase.GIVEN_NAMES, Messages.Field_givenNames, draft.givenNames());
        String arabic = draft.arabicName();
        if (arabic != null && !arabic.isBlank()) {
            if (arabic.strip().length() > ARABIC_NAME_MAX) {
                problems.add(problem(NewCase.ARABIC_NAME, NLS.bind(Messages.Problem_tooLong, Messages.Field_arabicName,
                        ARABIC_NAME_MAX)));
            } else if (!lettersOf(arabic, UnicodeScript.ARABIC)) {
                problems.add(
                        problem(NewCase.ARABIC_NAME, NLS.bind(Messages.Problem_notArabic, Messages.Field_arabicName)));
            }
        }
        String aliases = draft.aliases();
        if (aliases != null && !aliases.isBlank()) {
            if (aliases.strip().length() > ALIASES_MAX) {
                problems.add(problem(ALIASES, NLS.bind(Messages.Problem_tooLong, Messages.Field_aliases, ALIASES_MAX)));
            } else if (!lettersOf(aliases.replace(',', ' ').replace(';', ' '), UnicodeScript.LATIN)) {
                problems.add(problem(ALIASES, NLS.bind(Messages.Problem_notLatin, Messages.Field_aliases)));
            }
        }
        if (draft.sex() == null) {
            problems.add(problem(NewCase.SEX, NLS.bind(Messages.Problem_required, Messages.Field_sex)));
        }
        dateOfBirth(problems, draft.dateOfBirth(), today);
        String nationality = draft.nationality();
        if (nationality == null || nationality.isBlank()) {
            problems.add(problem(NewCase.NATIONALITY, NLS.bind(Messages.Problem_required, Messages.Field_nationality)));
        } else if (!Nationalities.isKnown(nationality)) {
            problems.add(problem(NewCase.NATIONALITY,
                    NLS.bind(Messages.Problem_unknownCountry, Messages.Field_nationality, nationality)));
        }
        return problems;
    }

    private static void dateOfBirth(List<FieldProblem> problems, DateOfBirth dob, LocalDate today) {
        if (dob == null) {
            problems.add(
                    problem(NewCase.DATE_OF_BIRTH, NLS.bind(Messages.Problem_required, Messages.Field_dateOfBirth)));
        } else if (dob.isAfter(today)) {
            problems.add(problem(NewCase.DATE_OF_BIRTH, NLS.bind(Messages.Problem_future, Messages.Field_dateOfBirth)));
        } else if (dob.year() < OLDEST_YEAR) {
            problems.add(problem(NewCase.DATE_OF_BIRTH,
                    NLS.bind(Messages.Problem_tooOld, Messages.Field_dateOfBirth, String.valueOf(OLDEST_YEAR))));
        }
    }

    private static void latinName(List<FieldProblem> problems, String field, String label, String value) {
        if (value == null || value.isBlank()) {
            problems.add(problem(field, NLS.bind(Messages.Problem_required, label)));
        } else if (value.strip().length() > NAME_MAX) {
            problems.add(problem(field, NLS.bind(Messages.Problem_tooLong, label, NAME_MAX)));
        } else if (!lettersOf(value, UnicodeScript.LATIN)) {
            problems.add(problem(field, NLS.bind(Messages.Problem_notLatin, label)));
        }
    }

    /** True when every letter is of {@code script} and the rest is spaces, hyphens, apostrophes or dots. */
    private static boolean lettersOf(String value, UnicodeScript script) {
        return value.strip().codePoints().allMatch(cp -> Character.isLetter(cp)
                ? UnicodeScript.of(cp) == script
                : Character.isSpaceChar(cp) || "-'’.".indexOf(cp) >= 0
                        || Character.getType(cp) == Character.NON_SPACING_MARK);
    }

    private static FieldProblem problem(String field, String message) {
        return new FieldProblem(field, message);
    }
}

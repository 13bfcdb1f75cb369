package org.homeward.cases.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.core.internal.entity.IdentityDocumentEntity;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.Nationalities;
import org.homeward.cases.model.PersonDetails;
import org.homeward.common.validation.FieldProblem;

/** Checks a person's other details and identity documents; every bad field gets a message naming it. */
final class DetailsValidator {

    private static final Pattern PHONE = Pattern.compile("[+0-9 ()\\-]{6,20}");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[\\p{L}\\p{Nd} /\\-]+");

    private DetailsValidator() {
    }

    /**
     * @param dob the person's date of birth, which the entry date cannot precede; null when unknown
     * @param documentsHeld how many documents are recorded for the person
     */
    static List<FieldProblem> validate(PersonDetails d, DateOfBirth dob, int documentsHeld, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        length(problems, PersonDetails.PLACE_OF_BIRTH, Messages.Field_placeOfBirth, d.placeOfBirth(), 100);
        length(problems, PersonDetails.LANGUAGES, Messages.Field_languages, d.languages(), 200);
        length(problems, PersonDetails.CITY_OF_RESIDENCE, Messages.Field_cityOfResidence, d.cityOfResidence(), 100);
        length(problems, PersonDetails.ENTRY_ROUTE, Messages.Field_entryRoute, d.entryRoute(), 200);
        if (d.phone() != null && !PHONE.matcher(d.phone()).matches()) {
            problems.add(
                    new FieldProblem(PersonDetails.PHONE, NLS.bind(Messages.Problem_badPhone, Messages.Field_phone)));
        }
        LocalDate entry = d.entryDate();
        if (entry != null) {
            if (entry.isAfter(today)) {
                problems.add(new FieldProblem(PersonDetails.ENTRY_DATE,
                        NLS.bind(Messages.Problem_future, Messages.Field_entryDate)));
            } else if (dob != null && entry.getYear() < dob.year()) {
                problems.add(new FieldProblem(PersonDetails.ENTRY_DATE,
                        NLS.bind(Messages.Problem_beforeBirth, Messages.Field_entryDate)));
            }
        }
        if (d.noDocuments() && documentsHeld > 0) {
            problems.add(new FieldProblem(PersonDetails.NO_DOCUMENTS,
                    NLS.bind(Messages.Problem_documentsHeld, Messages.Field_documentKind)));
        }
        return problems;
    }

    static List<FieldProblem> validateDocument(DocumentKind kind, String number, String issuingCountry) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem(IdentityDocumentEntity.KIND,
                    NLS.bind(Messages.Problem_required, Messages.Field_documentKind)));
        }
        if (number == null || number.isBlank()) {
            problems.add(new FieldProblem(IdentityDocumentEntity.NUMBER,
                    NLS.bind(Messages.Problem_required, Messages.Field_documentNumber)));
        } else if (number.strip().length() > 40) {
            problems.add(new FieldProblem(IdentityDocumentEntity.NUMBER,
                    NLS.bind(Messages.Problem_tooLong, Messages.Field_documentNumber, 40)));
        } else if (!DOCUMENT_NUMBER.matcher(number.strip()).matches()) {
            problems.add(new FieldProblem(IdentityDocumentEntity.NUMBER,
                    NLS.bind(Messages.Problem_badDocumentNumber, Messages.Field_documentNumber)));
        }
        if (issuingCountry == null || issuingCountry.isBlank()) {
            problems.add(new FieldProblem(IdentityDocumentEntity.ISSUING_COUNTRY,
                    NLS.bind(Messages.Problem_required, Messages.Field_issuingCountry)));
        } else if (!Nationalities.isKnown(issuingCountry)) {
            problems.add(new FieldProblem(IdentityDocumentEntity.ISSUING_COUNTRY,
                    NLS.bind(Messages.Problem_unknownCountry, Messages.Field_issuingCountry, issuingCountry)));
        }
        return problems;
    }

    private static void length(List<FieldProblem> problems, String field, String label, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, NLS.bind(Messages.Problem_tooLong, label, max)));
        }
    }
}

package org.homeward.reporting.core.internal.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.homeward.reporting.model.imports.ColumnMapping;
import org.homeward.reporting.model.imports.ImportField;

/**
 * Guesses what each column holds from its header, in French or English, as offices name them: first a
 * header that is exactly one of the usual names, then one that starts with the longest of them. A field
 * goes to one column at most, the first that names it.
 */
final class HeaderGuess {

    private static final Map<ImportField, List<String>> NAMES = new EnumMap<>(ImportField.class);

    static {
        NAMES.put(ImportField.FAMILY_NAME, List.of("nom", "nom de famille", "nom famille", "noms", "family name",
                "surname", "last name", "lastname", "name"));
        NAMES.put(ImportField.GIVEN_NAMES, List.of("prenom", "prenoms", "given name", "given names", "first name",
                "firstname", "forename", "forenames"));
        NAMES.put(ImportField.ARABIC_NAME, List.of("nom en arabe", "nom arabe", "nom complet en arabe", "arabic name",
                "name in arabic", "الاسم", "الاسم الكامل", "الاسم بالعربية"));
        NAMES.put(ImportField.SEX, List.of("sexe", "sex", "genre", "gender", "h f", "m f"));
        NAMES.put(ImportField.DATE_OF_BIRTH, List.of("date de naissance", "date naissance", "ddn", "ne le", "nee le",
                "ne e le", "annee de naissance", "date of birth", "dob", "birth date", "birthdate", "year of birth",
                "naissance"));
        NAMES.put(ImportField.NATIONALITY, List.of("nationalite", "nationality", "pays d origine", "pays origine",
                "pays de retour", "country of origin", "citizenship", "pays", "country"));
        NAMES.put(ImportField.INTERVIEW_DATE, List.of("date d entretien", "date entretien", "date de l entretien",
                "date d enregistrement", "date enregistrement", "date d inscription", "interview date",
                "date of interview", "registration date", "date of registration", "entretien"));
        NAMES.put(ImportField.STATUS, List.of("statut", "statut du dossier", "status", "case status", "etat",
                "situation"));
        NAMES.put(ImportField.DEPARTURE_DATE, List.of("date de depart", "date depart", "date du depart",
                "date du vol", "date de retour", "departure date", "date of departure", "return date", "depart"));
        NAMES.put(ImportField.HOUSEHOLD, List.of("menage", "id menage", "n menage", "no menage", "numero de menage",
                "code menage", "famille", "id famille", "n famille", "no famille", "numero de famille", "groupe",
                "groupe familial", "household", "household id", "household no", "family", "family id",
                "family no", "group"));
        NAMES.put(ImportField.RELATIONSHIP, List.of("lien", "lien de parente", "lien avec le chef de menage",
                "lien avec le demandeur", "parente", "relationship", "relation", "relationship to head"));
    }

    private HeaderGuess() {
    }

    static ColumnMapping guess(List<String> headers) {
        List<String> folded = headers.stream().map(h -> h == null ? "" : Folding.fold(h)).toList();
        List<ImportField> columns = new ArrayList<>();
        folded.forEach(h -> columns.add(null));
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < folded.size(); i++) {
                if (columns.get(i) == null && !folded.get(i).isEmpty()) {
                    ImportField f = pass == 0 ? exact(folded.get(i)) : prefix(folded.get(i));
                    if (f != null && !columns.contains(f)) {
                        columns.set(i, f);
                    }
                }
            }
        }
        return new ColumnMapping(columns);
    }

    private static ImportField exact(String header) {
        for (Map.Entry<ImportField, List<String>> e : NAMES.entrySet()) {
            if (e.getValue().stream().map(Folding::fold).anyMatch(header::equals)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static ImportField prefix(String header) {
        ImportField best = null;
        int longest = 0;
        for (Map.Entry<ImportField, List<String>> e : NAMES.entrySet()) {
            for (String name : e.getValue()) {
                String n = Folding.fold(name);
                if (n.length() > longest && (header.startsWith(n + " ") || header.endsWith(" " + n))) {
                    best = e.getKey();
                    longest = n.length();
                }
            }
        }
        return best;
    }
}

package org.homeward.reporting.core.internal.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;

/** Sex, status and relationship as legacy spreadsheets write them, in French or English. */
final class Words {

    private static final Map<String, Sex> SEXES = new HashMap<>();
    private static final Map<String, CaseStatus> STATUSES = new HashMap<>();
    private static final Map<String, Relationship> RELATIONSHIPS = new HashMap<>();

    static {
        put(SEXES, Sex.MALE, "m", "h", "homme", "masculin", "garcon", "male", "man", "boy");
        put(SEXES, Sex.FEMALE, "f", "femme", "feminin", "fille", "female", "woman", "girl");
        put(SEXES, Sex.OTHER, "autre", "other", "x");
        put(STATUSES, CaseStatus.REGISTERED, "enregistre", "enregistree", "inscrit", "nouveau", "ouvert",
                "en cours", "registered", "new", "open");
        put(STATUSES, CaseStatus.ELIGIBILITY_ASSESSED, "evalue", "eligibilite evaluee", "assessed");
        put(STATUSES, CaseStatus.APPROVED, "eligible", "approuve", "valide", "accepte", "approved", "accepted");
        put(STATUSES, CaseStatus.TRAVEL_DOCS_REQUESTED, "laissez passer demande", "lp demande", "documents demandes",
                "travel documents requested");
        put(STATUSES, CaseStatus.TRAVEL_DOCS_OBTAINED, "laissez passer obtenu", "lp obtenu", "documents obtenus",
                "travel documents obtained");
        put(STATUSES, CaseStatus.DEPARTURE_SCHEDULED, "depart programme", "vol reserve", "departure scheduled",
                "booked");
        put(STATUSES, CaseStatus.DEPARTED, "parti", "partie", "depart", "depart effectue", "retourne", "retournee",
                "rentre", "rentree", "departed", "returned", "travelled", "traveled");
        put(STATUSES, CaseStatus.REINTEGRATION_FOLLOW_UP, "reintegration", "suivi reintegration",
                "suivi de reintegration", "reintegration follow up");
        put(STATUSES, CaseStatus.CLOSED, "cloture", "cloturee", "ferme", "fermee", "closed");
        put(STATUSES, CaseStatus.WITHDRAWN, "desiste", "desistee", "desistement", "abandon", "abandonne",
                "retire", "withdrawn", "withdrew", "dropped out");
        put(STATUSES, CaseStatus.REJECTED, "rejete", "rejetee", "refuse", "refusee", "non eligible",
                "rejected", "refused", "not eligible", "ineligible");
        put(STATUSES, CaseStatus.SUSPENDED, "suspendu", "suspendue", "en attente", "suspended", "on hold");
        put(STATUSES, CaseStatus.NO_SHOW, "no show", "noshow", "absent", "absente", "ne s est pas presente",
                "did not show");
        put(RELATIONSHIPS, Relationship.PRINCIPAL, "chef", "chef de menage", "chef de famille", "principal",
                "demandeur", "demandeur principal", "lui meme", "elle meme", "head", "head of household", "self",
                "applicant", "principal applicant");
        put(RELATIONSHIPS, Relationship.SPOUSE, "epoux", "epouse", "conjoint", "conjointe", "mari", "femme",
                "spouse", "husband", "wife", "partner");
        put(RELATIONSHIPS, Relationship.CHILD, "enfant", "fils", "fille", "child", "son", "daughter");
        put(RELATIONSHIPS, Relationship.PARENT, "pere", "mere", "parent", "father", "mother");
        put(RELATIONSHIPS, Relationship.SIBLING, "frere", "soeur", "sibling", "brother", "sister");
        put(RELATIONSHIPS, Relationship.OTHER, "autre", "other", "neveu", "niece", "cousin", "cousine", "oncle",
                "tante", "nephew", "uncle", "aunt");
    }

    private Words() {
    }

    @SafeVarargs
    private static <T> void put(Map<String, T> map, T value, String... words) {
        for (String w : words) {
            map.put(w, value);
        }
    }

    static Optional<Sex> sex(String text) {
        return Optional.ofNullable(SEXES.get(Folding.fold(text)));
    }

    static Optional<CaseStatus> status(String text) {
        return Optional.ofNullable(STATUSES.get(Folding.fold(text)));
    }

    static Optional<Relationship> relationship(String text) {
        return Optional.ofNullable(RELATIONSHIPS.get(Folding.fold(text)));
    }
}

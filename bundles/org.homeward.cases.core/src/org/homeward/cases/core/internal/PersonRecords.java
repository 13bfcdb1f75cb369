package org.homeward.cases.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.homeward.cases.core.internal.entity.PersonEntity;
import org.homeward.cases.core.internal.entity.PersonNameKey;
import org.homeward.cases.model.Person;

import jakarta.persistence.EntityManager;

/** Saving persons with their name keys and audit rows, in the caller's transaction. */
final class PersonRecords {

    static final String ENTITY = "Person";

    private PersonRecords() {
    }

    /** Persists a new person, its name keys, and one audit row per field. */
    static PersonEntity insert(EntityManager em, AuditTrail audit, PersonEntity p) {
        em.persist(p);
        em.flush();
        storeKeys(em, p);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("relationship", p.getRelationship());
        fields.put("familyName", p.getFamilyName());
        fields.put("givenNames", p.getGivenNames());
        fields.put("arabicName", p.getArabicName());
        fields.put("aliases", p.getAliases());
        fields.put("sex", p.getSex());
        fields.put("dateOfBirth", p.getDateOfBirth().format());
        fields.put("nationality", p.getNationality());
        audit.created(p.getCaseId(), ENTITY, p.getId(), fields);
        return p;
    }

    /** Replaces the person's name keys with those of the current algorithm. */
    static void storeKeys(EntityManager em, PersonEntity p) {
        em.createQuery("DELETE FROM PersonNameKey k WHERE k.personId = :id").setParameter("id", p.getId())
                .executeUpdate();
        for (PersonNameKey key : NameKeys.of(p)) {
            em.persist(key);
        }
        p.setNameKeysVersion(NameKeys.VERSION);
    }
}

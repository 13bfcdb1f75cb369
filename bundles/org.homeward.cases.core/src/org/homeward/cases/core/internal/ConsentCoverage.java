package org.homeward.cases.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.cases.core.internal.entity.ConsentEntity;
import org.homeward.cases.core.internal.entity.PersonEntity;

import jakarta.persistence.EntityManager;

/**
 * Whom a consent covers ({@code CONSENT_PERSON}: the household's members when it was recorded), and each
 * person's own consent: the last one recorded for them. A person a merge brings into another case keeps
 * the consent they gave in their former case; the kept case's consent does not extend to them.
 */
final class ConsentCoverage {

    private ConsentCoverage() {
    }

    /** Makes {@code consentId} cover the case's current members. */
    static void cover(EntityManager em, long consentId, long caseId) {
        em.createNativeQuery("DELETE FROM CONSENT_PERSON WHERE CONSENT_ID = ?1").setParameter(1, consentId)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO CONSENT_PERSON (CONSENT_ID, PERSON_ID)"
                + " SELECT CAST(?1 AS BIGINT), ID FROM PERSON WHERE CASE_ID = ?2").setParameter(1, consentId)
                .setParameter(2, caseId).executeUpdate();
    }

    /** Forgets a person removed from their household. */
    static void forget(EntityManager em, long personId) {
        em.createNativeQuery("DELETE FROM CONSENT_PERSON WHERE PERSON_ID = ?1").setParameter(1, personId)
                .executeUpdate();
    }

    /** The case's members, each with their own consent (null when none covers them), in household order. */
    static Map<PersonEntity, ConsentEntity> members(EntityManager em, long caseId) {
        List<?> rows = em.createNativeQuery("SELECT p.ID, (SELECT MAX(cp.CONSENT_ID) FROM CONSENT_PERSON cp"
                + " WHERE cp.PERSON_ID = p.ID) FROM PERSON p WHERE p.CASE_ID = ?1 ORDER BY p.ID")
                .setParameter(1, caseId).getResultList();
        Map<PersonEntity, ConsentEntity> members = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            PersonEntity p = em.find(PersonEntity.class, ((Number) r[0]).longValue());
            members.put(p, r[1] == null ? null : em.find(ConsentEntity.class, ((Number) r[1]).longValue()));
        }
        return members;
    }

    /** The person's own consent: the last one covering them, or null. */
    static ConsentEntity own(EntityManager em, long personId) {
        Object id = em.createNativeQuery("SELECT MAX(CONSENT_ID) FROM CONSENT_PERSON WHERE PERSON_ID = ?1")
                .setParameter(1, personId).getSingleResult();
        return id == null ? null : em.find(ConsentEntity.class, ((Number) id).longValue());
    }

    static String name(PersonEntity p) {
        return (p.getGivenNames() + " " + p.getFamilyName()).strip();
    }
}

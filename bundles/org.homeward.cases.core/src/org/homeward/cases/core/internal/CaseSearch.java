package org.homeward.cases.core.internal;

import java.util.List;

import org.homeward.cases.core.internal.entity.MigrantCaseEntity;
import org.homeward.cases.core.internal.entity.PersonEntity;
import org.homeward.cases.model.Relationship;

import jakarta.persistence.EntityManager;

/**
 * A case's search name: the folded names of the principal applicant first, then of every other member
 * of the household, so that a case is found by any of its persons' names; kept with its word keys.
 */
final class CaseSearch {

    /** The column's width. */
    static final int MAX = 420;

    private CaseSearch() {
    }

    /** The search name of a case with these persons (principal first). */
    static String name(MigrantCaseEntity c, List<PersonEntity> persons) {
        StringBuilder name = new StringBuilder(SearchKeys.ofNames(c.getFamilyName(), c.getGivenNames(),
                c.getArabicName()));
        for (PersonEntity p : persons) {
            if (p.getRelationship() != Relationship.PRINCIPAL) {
                String more = SearchKeys.ofNames(p.getFamilyName(), p.getGivenNames(), p.getArabicName());
                if (name.length() + 1 + more.length() > MAX) {
                    break;
                }
                name.append(' ').append(more);
            }
        }
        return name.toString();
    }

    /** Computes the case's search name again from its household, and its word keys, in the caller's transaction. */
    static void refresh(EntityManager em, long caseId) {
        em.flush();
        MigrantCaseEntity c = em.find(MigrantCaseEntity.class, caseId);
        List<PersonEntity> persons = em.createQuery("SELECT p FROM Person p WHERE p.caseId = :id ORDER BY p.id",
                PersonEntity.class).setParameter("id", caseId).getResultList();
        c.setSearchName(name(c, persons));
        em.flush();
        SearchWords.store(em, caseId, c.getSearchName());
    }
}

package org.homeward.cases.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.cases.core.internal.entity.PersonEntity;
import org.homeward.cases.core.internal.entity.PersonNameKey;
import org.homeward.cases.model.DuplicateCandidate;
import org.homeward.cases.model.PersonDraft;

import jakarta.persistence.EntityManager;

/**
 * The batch form of duplicate detection, for imports: the name keys of a slice of drafts looked up in one
 * query (same nationality and year of birth), then the few persons found read at once and compared as
 * {@link DuplicateServiceImpl#candidates} compares them.
 */
final class SameAs {

    private SameAs() {
    }

    /** A draft's keys. */
    private record Keys(Set<String> family, Set<String> given, Set<String> arabic) {

        Set<String> all() {
            Set<String> all = new LinkedHashSet<>(family);
            all.addAll(given);
            all.addAll(arabic);
            return all;
        }
    }

    /** The best candidate scoring at least {@code minScore}, by the draft's index in {@code drafts}. */
    static Map<Integer, DuplicateCandidate> find(EntityManager em, List<PersonDraft> drafts, int minScore) {
        Map<Integer, Keys> keys = new HashMap<>();
        Set<String> all = new HashSet<>();
        Set<String> nationalities = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            PersonDraft d = drafts.get(i);
            if (d.dateOfBirth() == null || d.nationality() == null || d.familyName() == null
                    || d.givenNames() == null) {
                continue;
            }
            Set<String> family = NameKeys.latin(d.familyName());
            family.addAll(NameKeys.latin(d.aliases()));
            Keys k = new Keys(family, NameKeys.latin(d.givenNames()), NameKeys.arabic(d.arabicName()));
            keys.put(i, k);
            all.addAll(k.all());
            nationalities.add(d.nationality());
            years.add(d.dateOfBirth().year());
        }
        if (all.isEmpty()) {
            return Map.of();
        }
        // nationality|year -> key -> persons
        Map<String, Map<String, Set<Long>>> index = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT k.personId, k.nameKey, k.nationality, k.birthYear FROM PersonNameKey k"
                + " WHERE k.nameKey IN :keys AND k.nationality IN :nationalities AND k.birthYear IN :years",
                Object[].class).setParameter("keys", all).setParameter("nationalities", nationalities)
                .setParameter("years", years).getResultList()) {
            index.computeIfAbsent(String.valueOf(r[2]).strip() + "|" + r[3], x -> new HashMap<>())
                    .computeIfAbsent((String) r[1], x -> new HashSet<>()).add((Long) r[0]);
        }
        Map<Integer, Set<Long>> candidates = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        keys.forEach((i, k) -> {
            PersonDraft d = drafts.get(i);
            Map<String, Set<Long>> byKey = index.getOrDefault(d.nationality() + "|" + d.dateOfBirth().year(), Map.of());
            Set<Long> mine = new HashSet<>();
            k.all().forEach(key -> mine.addAll(byKey.getOrDefault(key, Set.of())));
            if (!mine.isEmpty()) {
                candidates.put(i, mine);
                ids.addAll(mine);
            }
        });
        if (ids.isEmpty()) {
            return Map.of();
        }
        return compare(em, drafts, keys, candidates, new ArrayList<>(ids), minScore);
    }

    private static Map<Integer, DuplicateCandidate> compare(EntityManager em, List<PersonDraft> drafts,
            Map<Integer, Keys> keys, Map<Integer, Set<Long>> candidates, List<Long> ids, int minScore) {
        Map<Long, Map<PersonNameKey.Part, Set<String>>> theirs = DuplicateServiceImpl.keysOf(em, ids);
        Map<Long, PersonEntity> persons = new HashMap<>();
        for (PersonEntity p : em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", PersonEntity.class)
                .setParameter("ids", ids).getResultList()) {
            persons.put(p.getId(), p);
        }
        Map<Long, String> numbers = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT c.id, c.caseNumber FROM MigrantCase c WHERE c.id IN :ids",
                Object[].class).setParameter("ids",
                        persons.values().stream().map(PersonEntity::getCaseId).distinct()
                                .toList())
                .getResultList()) {
            numbers.put((Long) r[0], (String) r[1]);
        }
        Map<Integer, DuplicateCandidate> best = new HashMap<>();
        candidates.forEach((i, mine) -> {
            Keys k = keys.get(i);
            PersonDraft d = drafts.get(i);
            for (Long id : mine) {
                PersonEntity p = persons.get(id);
                Map<PersonNameKey.Part, Set<String>> t = theirs.getOrDefault(id, Map.of());
                if (p == null || !NameKeys.sameName(k.family(), k.given(), k.arabic(),
                        t.getOrDefault(PersonNameKey.Part.F, Set.of()), t.getOrDefault(PersonNameKey.Part.G, Set.of()),
                        t.getOrDefault(PersonNameKey.Part.A, Set.of()))) {
                    continue;
                }
                int score = DuplicateServiceImpl.score(d, p);
                DuplicateCandidate now = best.get(i);
                if (score >= minScore && (now == null || score > now.score())) {
                    best.put(i, new DuplicateCandidate(p.getId(), p.getCaseId(), numbers.get(p.getCaseId()),
                            p.getFamilyName(), p.getGivenNames(), p.getArabicName(), p.getDateOfBirth(),
                            p.getNationality().strip(), score));
                }
            }
        });
        return best;
    }
}

package org.homeward.cases.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.cases.core.internal.entity.PersonEntity;
import org.homeward.cases.core.internal.entity.PersonNameKey;
import org.homeward.cases.model.DuplicateCandidate;
import org.homeward.cases.model.PersonDraft;

import jakarta.persistence.EntityManager;

/**
 * The batch form of duplicate detection, for imports. A score of 85 or more needs the same nationality and
 * year of birth, so the drafts are taken by nationality and year: one query on the name-key index of that
 * nationality and year ({@code IX_PERSON_NAME_KEY_ORIGIN}) for the keys of all its drafts. The keys found
 * tell whether names meet as {@link NameKeys#sameName} decides; only the persons whose names meet are read,
 * to be scored as {@link DuplicateServiceImpl#candidates} scores them.
 */
final class SameAs {

    private SameAs() {
    }

    /** A draft's keys. */
    private record Keys(Set<String> family, Set<String> given, Set<String> arabic) {

        Set<String> all() {
            Set<String> all = new HashSet<>(family);
            all.addAll(given);
            all.addAll(arabic);
            return all;
        }
    }

    /** The keys a registered person shares with the drafts of its nationality and year, by part. */
    private record Shared(Set<String> family, Set<String> given, Set<String> arabic) {

        Shared() {
            this(new HashSet<>(), new HashSet<>(), new HashSet<>());
        }

        void add(PersonNameKey.Part part, String key) {
            (part == PersonNameKey.Part.F ? family : part == PersonNameKey.Part.G ? given : arabic).add(key);
        }
    }

    /** The best candidate scoring at least {@code minScore}, by the draft's index in {@code drafts}. */
    static Map<Integer, DuplicateCandidate> find(EntityManager em, List<PersonDraft> drafts, int minScore) {
        Map<String, List<Integer>> byOrigin = new LinkedHashMap<>();
        Map<Integer, Keys> keys = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            PersonDraft d = drafts.get(i);
            if (d.dateOfBirth() == null || d.nationality() == null || d.familyName() == null
                    || d.givenNames() == null) {
                continue;
            }
            Set<String> family = NameKeys.latin(d.familyName());
            family.addAll(NameKeys.latin(d.aliases()));
            keys.put(i, new Keys(family, NameKeys.latin(d.givenNames()), NameKeys.arabic(d.arabicName())));
            byOrigin.computeIfAbsent(d.nationality() + "|" + d.dateOfBirth().year(), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Set<Long>> meeting = new HashMap<>();
        byOrigin.forEach((origin, indexes) -> meet(em, drafts, keys, indexes, meeting));
        Set<Long> ids = new HashSet<>();
        meeting.values().forEach(ids::addAll);
        return ids.isEmpty() ? Map.of() : score(em, drafts, meeting, new ArrayList<>(ids), minScore);
    }

    /** Which registered persons of one nationality and year have names that meet each draft's. */
    private static void meet(EntityManager em, List<PersonDraft> drafts, Map<Integer, Keys> keys,
            List<Integer> indexes, Map<Integer, Set<Long>> meeting) {
        Set<String> all = new HashSet<>();
        indexes.forEach(i -> all.addAll(keys.get(i).all()));
        if (all.isEmpty()) {
            return;
        }
        PersonDraft first = drafts.get(indexes.get(0));
        Map<Long, Shared> shared = new HashMap<>();
        Map<String, Set<Long>> byKey = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT k.personId, k.part, k.nameKey FROM PersonNameKey k"
                + " WHERE k.nationality = :nationality AND k.birthYear = :year AND k.nameKey IN :keys", Object[].class)
                .setParameter("nationality", first.nationality()).setParameter("year", first.dateOfBirth().year())
                .setParameter("keys", all).getResultList()) {
            PersonNameKey.Part part = r[1] instanceof PersonNameKey.Part p
                    ? p
                    : PersonNameKey.Part.valueOf(String.valueOf(r[1]).strip());
            shared.computeIfAbsent((Long) r[0], x -> new Shared()).add(part, (String) r[2]);
            byKey.computeIfAbsent((String) r[2], x -> new HashSet<>()).add((Long) r[0]);
        }
        for (int i : indexes) {
            Keys k = keys.get(i);
            // names meet through a family key (straight or swapped) or Arabic words: only those persons are compared
            Set<Long> near = new HashSet<>();
            k.family().forEach(key -> near.addAll(byKey.getOrDefault(key, Set.of())));
            k.arabic().forEach(key -> near.addAll(byKey.getOrDefault(key, Set.of())));
            for (Long person : near) {
                Shared s = shared.get(person);
                if (NameKeys.sameName(k.family(), k.given(), k.arabic(), s.family(), s.given(), s.arabic())) {
                    meeting.computeIfAbsent(i, x -> new HashSet<>()).add(person);
                }
            }
        }
    }

    private static Map<Integer, DuplicateCandidate> score(EntityManager em, List<PersonDraft> drafts,
            Map<Integer, Set<Long>> meeting, List<Long> ids, int minScore) {
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
        meeting.forEach((i, candidates) -> {
            for (Long id : candidates) {
                PersonEntity p = persons.get(id);
                int score = p == null ? 0 : DuplicateServiceImpl.score(drafts.get(i), p);
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

package org.homeward.cases.core.internal;

import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.homeward.cases.core.internal.entity.MigrantCaseEntity;
import org.homeward.cases.core.internal.entity.PersonEntity;
import org.homeward.cases.core.internal.entity.PersonNameKey;
import org.homeward.cases.model.DuplicateCandidate;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.service.DuplicateService;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Duplicate candidates from indexed name keys: one SQL query narrows to persons of the same
 * nationality, born within a year, sharing a key; the few found are then compared in full. On
 * activation, a background job computes the keys of persons that have none yet (older schema) or
 * old ones (older algorithm).
 */
@Component(service = DuplicateService.class)
public class DuplicateServiceImpl implements DuplicateService {

    static final int CANDIDATE_LIMIT = 200;
    /** The lowest score {@link #sameAs} answers: same names or exact date, and same year of birth. */
    static final int SAME_YEAR_SCORE = 85;
    private static final int SAME_AS_BATCH = 1000;
    private static final int BATCH = 500;

    @Reference
    private EntityManagerFactory emf;
    @Reference
    private CurrentUser user;
    private Job indexing;

    /** For DS. */
    public DuplicateServiceImpl() {
    }

    /** For tests, without the indexing job. */
    DuplicateServiceImpl(EntityManagerFactory emf, CurrentUser user) {
        this.emf = emf;
        this.user = user;
    }

    @Activate
    void startIndexing() {
        indexing = Job.create(Messages.Duplicates_indexJob, this::indexMissingKeys);
        indexing.setSystem(true);
        indexing.schedule();
    }

    @Deactivate
    void stopIndexing() throws InterruptedException {
        indexing.cancel();
        indexing.join(10_000, null);
    }

    /** Computes missing or outdated name keys, a batch per transaction; can be cancelled between batches. */
    IStatus indexMissingKeys(IProgressMonitor monitor) {
        long todo = Transactions.read(emf, em -> em
                .createQuery("SELECT COUNT(p) FROM Person p WHERE p.nameKeysVersion < :v", Long.class)
                .setParameter("v", NameKeys.VERSION).getSingleResult());
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Duplicates_indexJob,
                (int) Math.min(todo, 1_000_000));
        while (!progress.isCanceled()) {
            int done = Transactions.inTransaction(emf, em -> {
                List<PersonEntity> batch = em
                        .createQuery("SELECT p FROM Person p WHERE p.nameKeysVersion < :v ORDER BY p.id",
                                PersonEntity.class)
                        .setParameter("v", NameKeys.VERSION).setMaxResults(BATCH).getResultList();
                for (PersonEntity p : batch) {
                    PersonRecords.storeKeys(em, p);
                }
                return batch.size();
            });
            progress.worked(done);
            if (done < BATCH) {
                return Status.OK_STATUS;
            }
        }
        return Status.CANCEL_STATUS;
    }

    @Override
    public List<DuplicateCandidate> candidates(PersonDraft draft, int max) {
        user.require(Permission.READ_CASE);
        if (draft.dateOfBirth() == null || draft.nationality() == null || draft.familyName() == null
                || draft.givenNames() == null) {
            return List.of();
        }
        Set<String> family = NameKeys.latin(draft.familyName());
        family.addAll(NameKeys.latin(draft.aliases()));
        Set<String> given = NameKeys.latin(draft.givenNames());
        Set<String> arabic = NameKeys.arabic(draft.arabicName());
        Set<String> all = new LinkedHashSet<>(family);
        all.addAll(given);
        all.addAll(arabic);
        if (all.isEmpty()) {
            return List.of();
        }
        int year = draft.dateOfBirth().year();
        return Transactions.read(emf, em -> {
            List<Long> ids = em.createQuery("SELECT DISTINCT k.personId FROM PersonNameKey k WHERE k.nameKey IN :keys"
                    + " AND k.nationality = :nationality AND k.birthYear BETWEEN :from AND :to",
                    Long.class).setParameter("keys", all).setParameter("nationality", draft.nationality())
                    .setParameter("from", year - 1).setParameter("to", year + 1)
                    .setMaxResults(CANDIDATE_LIMIT).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<Long, Map<PersonNameKey.Part, Set<String>>> keys = keysOf(em, ids);
            List<DuplicateCandidate> result = new ArrayList<>();
            for (PersonEntity p : em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", PersonEntity.class)
                    .setParameter("ids", ids).getResultList()) {
                Map<PersonNameKey.Part, Set<String>> k = keys.getOrDefault(p.getId(), Map.of());
                if (NameKeys.sameName(family, given, arabic, k.getOrDefault(PersonNameKey.Part.F, Set.of()),
                        k.getOrDefault(PersonNameKey.Part.G, Set.of()),
                        k.getOrDefault(PersonNameKey.Part.A, Set.of()))) {
                    MigrantCaseEntity c = em.find(MigrantCaseEntity.class, p.getCaseId());
                    result.add(new DuplicateCandidate(p.getId(), p.getCaseId(), c.getCaseNumber(), p.getFamilyName(),
                            p.getGivenNames(), p.getArabicName(), p.getDateOfBirth(), p.getNationality().strip(),
                            score(draft, p)));
                }
            }
            result.sort(Comparator.comparingInt(DuplicateCandidate::score).reversed()
                    .thenComparing(DuplicateCandidate::personId));
            return result.size() > max ? result.subList(0, max) : result;
        });
    }

    @Override
    public List<DuplicateCandidate> sameAs(List<PersonDraft> drafts, int minScore) {
        user.require(Permission.READ_CASE);
        if (minScore < SAME_YEAR_SCORE) {
            throw new IllegalArgumentException("sameAs compares persons born the same year: a score of "
                    + SAME_YEAR_SCORE + " or more, not " + minScore);
        }
        List<DuplicateCandidate> found = new ArrayList<>(java.util.Collections.nCopies(drafts.size(), null));
        for (int from = 0; from < drafts.size(); from += SAME_AS_BATCH) {
            int first = from;
            List<PersonDraft> slice = drafts.subList(from, Math.min(drafts.size(), from + SAME_AS_BATCH));
            Transactions.read(emf, em -> {
                SameAs.find(em, slice, minScore).forEach((i, c) -> found.set(first + i, c));
                return null;
            });
        }
        return found;
    }

    private static Map<Long, Map<PersonNameKey.Part, Set<String>>> keysOf(EntityManager em, List<Long> ids) {
        Map<Long, Map<PersonNameKey.Part, Set<String>>> keys = new HashMap<>();
        for (PersonNameKey k : em.createQuery("SELECT k FROM PersonNameKey k WHERE k.personId IN :ids",
                PersonNameKey.class).setParameter("ids", ids).getResultList()) {
            keys.computeIfAbsent(k.getPersonId(), x -> new HashMap<>())
                    .computeIfAbsent(k.getPart(), x -> new HashSet<>()).add(k.getNameKey());
        }
        return keys;
    }

    /** 60 for names that may be one, up to 100 with the same spelling, year and exact date. */
    static int score(PersonDraft draft, PersonEntity p) {
        int score = 60;
        if (SearchKeys.ofNames(draft.familyName(), draft.givenNames(), null)
                .equals(SearchKeys.ofNames(p.getFamilyName(), p.getGivenNames(), null))) {
            score += 15;
        }
        if (draft.dateOfBirth().year() == p.getDateOfBirth().year()) {
            score += 15;
        }
        LocalDate exact = draft.dateOfBirth().exactDate();
        if (exact != null && exact.equals(p.getDateOfBirth().exactDate())) {
            score += 10;
        }
        return score;
    }
}

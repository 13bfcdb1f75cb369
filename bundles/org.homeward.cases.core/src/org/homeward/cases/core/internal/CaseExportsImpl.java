package org.homeward.cases.core.internal;

import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.cases.model.CaseExportRow;
import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.VulnerabilityType;
import org.homeward.cases.model.service.CaseExports;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;

/** List exports in four queries: the cases, their household sizes, departures and vulnerabilities. */
@Component(service = CaseExports.class)
public class CaseExportsImpl implements CaseExports {

    private final EntityManagerFactory emf;
    private final CurrentUser user;

    @Activate
    public CaseExportsImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this.emf = emf;
        this.user = user;
    }

    @Override
    public List<CaseExportRow> rows(CaseFilter filter) {
        user.require(Permission.EXPORT);
        boolean sensitive = user.can(Permission.READ_SENSITIVE); // else medical, protection flags stay out
        Where where = Where.of(filter);
        String chosen = "(SELECT c.id FROM MigrantCase c" + where.jpql() + ")";
        ZoneId zone = ZoneId.systemDefault();
        return Transactions.read(emf, em -> {
            Map<Long, Long> sizes = pairs(em, "SELECT p.caseId, COUNT(p.id) FROM Person p WHERE p.caseId IN " + chosen
                    + " GROUP BY p.caseId", where, null);
            Map<Long, Instant> departed = pairs(em, "SELECT s.caseId, MIN(s.changedAt) FROM StatusChange s WHERE"
                    + " s.caseId IN " + chosen + " AND s.toStatus = ?" + (where.parameters().size() + 1)
                    + " GROUP BY s.caseId", where, CaseStatus.DEPARTED);
            Map<Long, Set<VulnerabilityType>> flags = new HashMap<>();
            for (Object[] r : rowsOf(em, "SELECT DISTINCT v.caseId, v.type FROM Vulnerability v WHERE v.caseId IN "
                    + chosen, where, null)) {
                flags.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(VulnerabilityType.class))
                        .add((VulnerabilityType) r[1]);
            }
            if (!sensitive) {
                flags.values().forEach(set -> set.removeIf(VulnerabilityType::sensitive));
            }
            return rowsOf(em, "SELECT c.id, c.caseNumber, c.familyName, c.givenNames, c.sex, c.birthYear,"
                    + " c.birthDate, c.nationality, c.status, c.createdAt FROM MigrantCase c" + where.jpql()
                    + Where.orderBy(filter), where, null).stream().map(r -> {
                        long id = (Long) r[0];
                        Instant left = departed.get(id);
                        return new CaseExportRow((String) r[1], (String) r[2], (String) r[3], (Sex) r[4],
                                (Integer) r[5], (LocalDate) r[6], (String) r[7], (CaseStatus) r[8],
                                ((Instant) r[9]).atZone(zone).toLocalDate(),
                                left == null ? null : left.atZone(zone).toLocalDate(),
                                sizes.getOrDefault(id, 0L).intValue(), flags.getOrDefault(id, Set.of()));
                    }).toList();
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rowsOf(EntityManager em, String jpql, Where where, Object extra) {
        Query q = em.createQuery(jpql);
        for (int i = 0; i < where.parameters().size(); i++) {
            q.setParameter(i + 1, where.parameters().get(i));
        }
        if (extra != null) {
            q.setParameter(where.parameters().size() + 1, extra);
        }
        return q.getResultList();
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<Long, V> pairs(EntityManager em, String jpql, Where where, Object extra) {
        Map<Long, V> found = new HashMap<>();
        for (Object[] r : rowsOf(em, jpql, where, extra)) {
            found.put((Long) r[0], (V) r[1]);
        }
        return found;
    }
}

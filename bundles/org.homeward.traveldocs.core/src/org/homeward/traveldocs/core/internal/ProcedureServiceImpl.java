package org.homeward.traveldocs.core.internal;

import org.homeward.common.security.Permission;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;
import org.homeward.traveldocs.core.internal.entity.ProcedureRule;
import org.homeward.cases.model.AuditRecorder;
import org.homeward.cases.model.service.AuditService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;
import org.homeward.traveldocs.model.Procedure;
import org.homeward.traveldocs.model.RequiredDocument;
import org.homeward.traveldocs.model.service.ProcedureService;
import org.homeward.traveldocs.model.spi.ProcedureSource;
import org.homeward.common.office.OfficeProfile;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import jakarta.persistence.EntityManagerFactory;

/**
 * The default procedure service: a country plugin's own service for that country when there is one
 * ({@code country=XX}), else the editable data, else the office's defaults (flagged unconfirmed).
 */
@Component(service = ProcedureService.class, property = "service.ranking:Integer=-100")
public class ProcedureServiceImpl implements ProcedureService {

    @Reference(name = "auditing")
    private AuditService auditing;

    /** Sets the audit trail (tests; the framework sets it on the field). */
    void setAuditing(AuditService auditing) {
        this.auditing = auditing;
    }

    /** Until the office enters a country's procedure: photos and copies, two weeks, a month of validity. */
    static final int DEFAULT_PROCESSING_DAYS = 10;
    static final int DEFAULT_VALIDITY_DAYS = 30;

    private final EntityManagerFactory emf;

    private final CurrentUser user;
    private final Map<String, ProcedureSource> plugins = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile OfficeProfile office;

    @Activate
    public ProcedureServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this.emf = emf;
        this.user = user;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPlugin(ProcedureSource plugin, Map<String, Object> properties) {
        plugins.put(String.valueOf(properties.get(ProcedureSource.COUNTRY)), plugin);
    }

    void removePlugin(ProcedureSource plugin, Map<String, Object> properties) {
        plugins.remove(String.valueOf(properties.get(ProcedureSource.COUNTRY)), plugin);
    }

    /** Sets the office (tests; the framework sets it on the field). */
    void setOffice(OfficeProfile office) {
        this.office = office;
    }

    /** The unconfirmed defaults: no fee, in the office's currency. */
    Procedure defaults(String country) {
        OfficeProfile o = office == null ? OfficeProfile.NEUTRAL : office;
        return new Procedure(country, EnumSet.of(RequiredDocument.PHOTOS, RequiredDocument.IDENTITY_DOCUMENT_COPIES),
                false, false, DEFAULT_PROCESSING_DAYS, DEFAULT_VALIDITY_DAYS, true, BigDecimal.ZERO, o.currency(),
                false);
    }

    @Override
    public boolean editable(String country) {
        user.require(Permission.READ_CASE);
        return !plugins.containsKey(country);
    }

    @Override
    public Procedure procedure(String country) {
        user.require(Permission.READ_CASE);
        ProcedureSource plugin = plugins.get(country);
        if (plugin != null) {
            return plugin.procedure(country);
        }
        ProcedureRule rule = Transactions.read(emf, em -> em.find(ProcedureRule.class, country));
        return rule == null ? defaults(country) : rule.toProcedure();
    }

    /** Audit entity of a country's procedure (its key is the country, not a number). */
    static String auditEntity(String country) {
        return "ProcedureRule:" + country;
    }

    /** One audit entry per value that changed (from the defaults, the first time). */
    private static void audit(AuditRecorder audit, Procedure before, Procedure after) {
        String entity = auditEntity(after.country());
        audit.updated(null, entity, 0, "documents", new java.util.TreeSet<>(before.documents()),
                new java.util.TreeSet<>(after.documents()));
        audit.updated(null, entity, 0, "inPerson", before.inPerson(), after.inPerson());
        audit.updated(null, entity, 0, "interpreter", before.interpreter(), after.interpreter());
        audit.updated(null, entity, 0, "processingDays", before.processingDays(), after.processingDays());
        audit.updated(null, entity, 0, "validityDays", before.validityDays(), after.validityDays());
        audit.updated(null, entity, 0, "grouping", before.grouping(), after.grouping());
        audit.updated(null, entity, 0, "fee", before.fee().toPlainString(), after.fee().toPlainString());
        audit.updated(null, entity, 0, "currency", before.currency(), after.currency());
        audit.updated(null, entity, 0, "confirmed", before.confirmed(), after.confirmed());
    }

    @Override
    public void save(Procedure seen, Procedure p) throws ValidationException, ConflictException {
        user.require(Permission.EDIT_DIRECTORIES);
        List<FieldProblem> problems = new ArrayList<>();
        if (p.processingDays() <= 0) {
            problems.add(new FieldProblem("processingDays", NLS.bind(Messages.Procedure_bad,
                    Messages.Field_processingDays)));
        }
        if (p.fee() == null || p.fee().signum() < 0) {
            problems.add(new FieldProblem("fee", Messages.Procedure_badFee));
        }
        if (p.fee() != null && p.fee().signum() > 0
                && (p.currency() == null || !p.currency().matches("[A-Z]{3}"))) {
            problems.add(new FieldProblem("currency", Messages.Procedure_badCurrency));
        }
        if (problems.isEmpty()) {
            saveOver(seen, p);
            return;
        }
        throw new ValidationException(problems);
    }

    /**
     * Saves {@code p} when the stored procedure is still {@code seen}; the rule's version (or, for a first
     * one, its key) refuses a save made at the same moment elsewhere.
     */
    private void saveOver(Procedure seen, Procedure p) throws ConflictException {
        String changed = NLS.bind(Messages.Procedure_changed, p.country());
        try {
            Transactions.<Void, ConflictException>inTransaction(emf, em -> {
                ProcedureRule rule = em.find(ProcedureRule.class, p.country());
                Procedure stored = rule == null ? defaults(p.country()) : rule.toProcedure();
                if (!stored.equals(seen)) {
                    throw new ConflictException(changed);
                }
                audit(auditing.recorder(user.name(), Instant.now()), rule == null
                        ? defaults(p.country())
                        : rule.toProcedure(), p);
                if (rule == null) {
                    em.persist(new ProcedureRule(p));
                } else {
                    rule.update(p);
                }
                return null;
            });
        } catch (jakarta.persistence.PersistenceException e) {
            if (savedElsewhere(e)) { // at the same moment: the version or, for a first one, the key refused it
                throw new ConflictException(changed);
            }
            throw e;
        }
    }

    private static boolean savedElsewhere(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}

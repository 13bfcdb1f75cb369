package org.homeward.movements.core.internal;

import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.core.internal.entity.NotifyRecipientEntity;
import org.homeward.movements.model.NotificationKind;
import org.homeward.movements.model.NotifyRecipient;
import org.homeward.movements.model.service.RecipientDirectory;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/** The departures' directory on JPA. Entries are the office's own: nothing is shipped in it. */
@Component(service = RecipientDirectory.class)
public class RecipientDirectoryImpl implements RecipientDirectory {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final EntityManagerFactory emf;
    private final CurrentUser user;

    @Activate
    public RecipientDirectoryImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this.emf = emf;
        this.user = user;
    }

    @Override
    public List<NotifyRecipient> all() {
        user.require(Permission.READ_CASE);
        return Transactions.read(emf, em -> em.createQuery("SELECT r FROM NotifyRecipient r ORDER BY r.id",
                NotifyRecipientEntity.class).getResultList().stream().map(NotifyRecipientEntity::view).toList());
    }

    @Override
    public Optional<NotifyRecipient> find(NotificationKind kind, String countryOrKey) {
        user.require(Permission.READ_CASE);
        String query = kind == NotificationKind.HOST_AUTHORITY
                ? "SELECT r FROM NotifyRecipient r WHERE r.kind = :k AND r.key = :c ORDER BY r.id"
                : "SELECT r FROM NotifyRecipient r WHERE r.kind = :k AND r.country = :c ORDER BY r.id";
        return Transactions.read(emf, em -> em.createQuery(query, NotifyRecipientEntity.class)
                .setParameter("k", kind).setParameter("c", countryOrKey).setMaxResults(1).getResultList().stream()
                .findFirst().map(NotifyRecipientEntity::view));
    }

    @Override
    public NotifyRecipient save(NotifyRecipient entry) throws ValidationException, ConflictException {
        user.require(Permission.EDIT_DIRECTORIES);
        List<FieldProblem> problems = new ArrayList<>();
        if (entry.name() == null || entry.name().isBlank()) {
            problems.add(new FieldProblem(NotifyRecipient.NAME, Messages.Directory_name));
        }
        if (entry.email() != null && !entry.email().isBlank()
                && !entry.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem(NotifyRecipient.EMAIL, Messages.Directory_email));
        }
        if (entry.country() == null || !COUNTRIES.contains(entry.country())) {
            problems.add(new FieldProblem(NotifyRecipient.COUNTRY, Messages.Directory_country));
        }
        if (problems.isEmpty() && entry.id() == null) {
            find(entry.kind(), entry.kind() == NotificationKind.HOST_AUTHORITY ? entry.key() : entry.country())
                    .ifPresent(other -> problems.add(new FieldProblem(NotifyRecipient.COUNTRY,
                            NLS.bind(Messages.Directory_twice, other.name()))));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return Transactions.<NotifyRecipient, ConflictException>inTransaction(emf, em -> {
            NotifyRecipientEntity e;
            if (entry.id() == null) {
                e = new NotifyRecipientEntity(entry.kind());
                em.persist(e);
            } else {
                e = em.find(NotifyRecipientEntity.class, entry.id());
                if (e.getVersion() != entry.version()) {
                    throw new ConflictException(Messages.Directory_changed);
                }
            }
            e.set(entry.country(), entry.key(), entry.name().strip(),
                    entry.email() == null || entry.email().isBlank() ? null : entry.email().strip(),
                    entry.contact() == null || entry.contact().isBlank() ? null : entry.contact().strip());
            em.flush();
            return e.view();
        });
    }
}

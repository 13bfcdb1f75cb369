package org.homeward.movements.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.model.Notification;
import org.homeward.movements.model.service.NotificationService;
import org.homeward.ui.Background;
import org.homeward.ui.Documents;
import org.homeward.ui.Rows;

/** The notification outbox: each letter's recipient, state, attempts and last error; retry, by hand, open. */
final class OutboxTab {

    /** A user's action on a letter of the outbox. */
    @FunctionalInterface
    private interface OnLetter {

        Notification apply(Notification n) throws ValidationException, RefusedException, ConflictException;
    }

    private final PartActions actions;
    private final NotificationService notifications;
    private final Rows<Notification> rows;

    OutboxTab(Composite page, PartActions actions, NotificationService notifications) {
        this.actions = actions;
        this.notifications = notifications;
        rows = new Rows<Notification>(page, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Column_recipient, 260, Notification::getRecipientName),
                new Rows.Column<>(Messages.Column_status, 110, n -> Labels.status(n.getStatus())),
                new Rows.Column<>(Messages.Column_attempts, 60, n -> String.valueOf(n.getAttempts())),
                new Rows.Column<>(Messages.Column_error, 260, n -> n.getLastError() == null ? "" : n.getLastError())))
                .keyedBy(Notification::getId);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rows.table());
        Composite buttons = PartActions.buttons(page, 3);
        PartActions.button(buttons, Messages.Action_retry, () -> act(n -> notifications.retry(n.getId(),
                n.getVersion())));
        PartActions.button(buttons, Messages.Action_byHand,
                () -> act(n -> notifications.deliveredByHand(n.getId(), n.getVersion(), null)));
        PartActions.button(buttons, Messages.Action_openLetter, this::open);
    }

    void reload() {
        Background.read(Messages.Part_job, rows.table(), notifications::outbox, rows::show);
    }

    private void act(OnLetter action) {
        Notification n = rows.selected();
        if (n != null) {
            actions.work(rows.table(), () -> action.apply(n),
                    x -> NLS.bind(Messages.Outbox_done, x.getRecipientName(), Labels.status(x.getStatus())));
        }
    }

    private void open() {
        Notification n = rows.selected();
        if (n != null) {
            Documents.open(rows.table(), "notification-" + n.getId(), Messages.Letter_file + "-" + n.getId() + ".pdf",
                    () -> notifications.pdf(n.getId()));
        }
    }
}

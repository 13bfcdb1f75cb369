package org.homeward.movements.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.homeward.movements.model.Boarding;
import org.homeward.movements.model.Departure;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.ManifestLine;
import org.homeward.movements.model.PreEmbarkation;
import org.homeward.movements.model.service.DepartureDocuments;
import org.homeward.movements.model.service.DepartureService;
import org.homeward.movements.model.service.NotificationService;
import org.homeward.ui.Background;
import org.homeward.ui.Documents;
import org.homeward.ui.Rows;
import org.homeward.ui.TaskProgress;

/**
 * Departures by date, from a month ago on, and the manifest of the one chosen: per-passenger checks,
 * the documents prepared as a task that shows its progress and can be cancelled, the manifest as a
 * PDF, the notifications queued and the day's confirmation.
 */
final class DeparturesTab {

    private final PartActions actions;
    private final DepartureService departures;
    private final DepartureDocuments documents;
    private final NotificationService notifications;
    private final Rows<Departure> departureRows;
    private final Rows<ManifestLine> manifestRows;
    private final TaskProgress task;

    DeparturesTab(Composite page, PartActions actions, DepartureService departures, DepartureDocuments documents,
            NotificationService notifications) {
        this.actions = actions;
        this.departures = departures;
        this.documents = documents;
        this.notifications = notifications;
        SashForm sash = new SashForm(page, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        departureRows = new Rows<Departure>(sash, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Column_date, 90, d -> DeparturesPart.DAY.format(d.getDepartsOn())),
                new Rows.Column<>(Messages.Column_label, 200, Departure::getLabel),
                new Rows.Column<>(Messages.Column_kind, 90, d -> Labels.kind(d.getKind())),
                new Rows.Column<>(Messages.Column_state, 90,
                        d -> d.isClosed() ? Messages.Departure_closed : Messages.Departure_open)))
                .keyedBy(Departure::getId);
        departureRows.viewer().addSelectionChangedListener(e -> showManifest());
        manifestRows = new Rows<ManifestLine>(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI, List.of(
                new Rows.Column<>(Messages.Column_case, 110, ManifestLine::caseNumber),
                new Rows.Column<>(Messages.Column_name, 180, ManifestLine::name),
                new Rows.Column<>(Messages.Column_document, 110,
                        l -> l.documentNumber() == null ? "" : l.documentNumber()),
                new Rows.Column<>(Messages.Column_pnr, 70, l -> l.pnr() == null ? "" : l.pnr()),
                new Rows.Column<>(Messages.Column_needs, 120, Labels::needs),
                new Rows.Column<>(Messages.Column_checks, 120, Labels::checks),
                new Rows.Column<>(Messages.Column_outcome, 120, Labels::outcome)))
                .keyedBy(l -> l.passenger().getId());
        manifestRows.viewer().addDoubleClickListener(e -> editChecks());
        sash.setWeights(1, 2);
        Composite buttons = PartActions.buttons(page, 3);
        PartActions.button(buttons, Messages.Action_checks, this::editChecks);
        PartActions.button(buttons, Messages.Action_checked, this::markChecked);
        PartActions.button(buttons, Messages.Action_manifest, this::openManifest);
        PartActions.button(buttons, Messages.Action_documents, this::generateDocuments);
        PartActions.button(buttons, Messages.Action_notify, this::queueNotifications);
        PartActions.button(buttons, Messages.Action_confirm, this::confirmDay);
        task = new TaskProgress(page, 1);
    }

    void reload() {
        Background.read(Messages.Part_job, departureRows.table(),
                () -> departures.departures(java.time.LocalDate.now().minusDays(30)), list -> {
                    departureRows.show(list);
                    showManifest();
                });
    }

    private void showManifest() {
        Departure d = departureRows.selected();
        if (d == null) {
            manifestRows.show(List.of());
            return;
        }
        Background.read(Messages.Part_job, manifestRows.table(), () -> departures.manifest(d.getId()),
                m -> manifestRows.show(m.lines()));
    }

    private void editChecks() {
        ManifestLine line = manifestRows.selected();
        if (line == null) {
            actions.warn(Messages.Checks_choose);
            return;
        }
        if (new ChecksDialog(manifestRows.table().getShell(), line, departures).open() == ChecksDialog.OK) {
            actions.say(NLS.bind(Messages.Checked_done, 1));
        }
    }

    private void markChecked() {
        List<ManifestLine> lines = PartActions.chosen(manifestRows);
        actions.work(manifestRows.table(), () -> {
            for (ManifestLine l : lines) {
                var p = l.passenger();
                departures.check(p.getId(), p.getVersion(), new PreEmbarkation(true, true, p.isWheelchair(),
                        p.getPocketMoney(), p.getReceiptNumber()));
            }
            return lines.size();
        }, n -> NLS.bind(Messages.Checked_done, n));
    }

    private void openManifest() {
        Departure d = departureRows.selected();
        if (d != null) {
            Documents.open(manifestRows.table(), "manifest-" + d.getId(),
                    Messages.Manifest_file + "-" + d.getDepartsOn()
                            + ".pdf",
                    () -> documents.manifest(d.getId()));
        }
    }

    private void generateDocuments() {
        withManifest(m -> task.run(Messages.Documents_job, m.caseIds().size(),
                (stepped, cancelled) -> documents.generate(m.departure().getId(), stepped, cancelled),
                kept -> actions.say(NLS.bind(Messages.Documents_done, kept.size())),
                failure -> actions.warn(failure.message())));
    }

    /** The chosen departure's manifest as it is now, read in the background, then handed to {@code then}. */
    private void withManifest(java.util.function.Consumer<Manifest> then) {
        Departure d = departureRows.selected();
        if (d == null) {
            actions.warn(Messages.Departure_choose);
            return;
        }
        if (task.busy()) {
            return;
        }
        Background.read(Messages.Part_job, manifestRows.table(), () -> departures.manifest(d.getId()), then);
    }

    private void queueNotifications() {
        Departure d = departureRows.selected();
        if (d != null) {
            actions.work(manifestRows.table(), () -> notifications.queue(d.getId()).size(),
                    n -> NLS.bind(Messages.Notify_done, n));
        }
    }

    private void confirmDay() {
        withManifest(m -> {
            BoardingDialog dialog = new BoardingDialog(manifestRows.table().getShell(), m);
            if (dialog.open() == BoardingDialog.OK) {
                Map<Long, Boarding> outcomes = dialog.outcomes();
                actions.work(manifestRows.table(),
                        () -> departures.confirm(m.departure().getId(), m.departure().getVersion(), outcomes),
                        d -> NLS.bind(Messages.Confirm_done, d.getLabel()));
            }
        });
    }
}

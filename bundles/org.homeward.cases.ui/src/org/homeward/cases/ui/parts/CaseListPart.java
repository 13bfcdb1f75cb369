package org.homeward.cases.ui.parts;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseRow;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.Nationalities;
import org.homeward.cases.model.Priority;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.ui.editor.CaseEditors;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;
import org.homeward.persistence.DatabaseState;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The case list: a virtual table that asks only for the rows on screen, a type-ahead filter run
 * in SQL, and a count. It shows "opening the database" until the case service appears.
 */
public class CaseListPart {

    private static final int FILTER_DELAY_MS = 200;

    private final UISynchronize ui;
    private final EPartService parts;
    private final EModelService models;
    private final MApplication app;
    private final IEventBroker broker;
    private CasePages pages;
    private Text filter;
    private Combo statusChoice;
    private Combo priorityChoice;
    private Combo nationalityChoice;
    private final java.util.List<String> countryCodes = Nationalities.sortedCodes(java.util.Locale.getDefault());
    private Table table;
    private Label status;
    private CaseService pendingService;
    private DatabaseState databaseState;

    @Inject
    public CaseListPart(UISynchronize ui, EPartService parts, EModelService models, MApplication app,
            IEventBroker broker) {
        this.ui = ui;
        this.broker = broker;
        this.parts = parts;
        this.models = models;
        this.app = app;
    }

    @PostConstruct
    void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        Label label = new Label(parent, SWT.NONE);
        label.setText(Messages.CaseList_filter);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
        filter.setMessage(Messages.CaseList_filterHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        Runnable applyFilter = () -> {
            if (!filter.isDisposed()) {
                pages.reload(currentFilter());
            }
        };
        filter.addModifyListener(e -> filter.getDisplay().timerExec(FILTER_DELAY_MS, applyFilter));

        Composite criteria = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(criteria); // nationality wraps to a second row
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(criteria);
        new Label(criteria, SWT.NONE).setText(Messages.CaseList_status);
        statusChoice = new Combo(criteria, SWT.READ_ONLY);
        statusChoice.add(Messages.CaseList_any);
        for (CaseStatus s : CaseStatus.values()) {
            statusChoice.add(Labels.status(s));
        }
        statusChoice.select(0);
        statusChoice.addListener(SWT.Selection, e -> applyFilter.run());
        new Label(criteria, SWT.NONE).setText(Messages.CaseList_priority);
        priorityChoice = new Combo(criteria, SWT.READ_ONLY);
        priorityChoice.add(Messages.CaseList_any);
        for (Priority p : Priority.values()) {
            priorityChoice.add(Labels.priority(p));
        }
        priorityChoice.select(0);
        priorityChoice.addListener(SWT.Selection, e -> applyFilter.run());
        new Label(criteria, SWT.NONE).setText(Messages.CaseList_nationality);
        nationalityChoice = new Combo(criteria, SWT.READ_ONLY);
        nationalityChoice.add(Messages.CaseList_any);
        countryCodes.forEach(code -> nationalityChoice.add(Labels.country(code)));
        nationalityChoice.setVisibleItemCount(15);
        nationalityChoice.select(0);
        nationalityChoice.addListener(SWT.Selection, e -> applyFilter.run());

        table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
        int[] widths = {130, 140, 140, 140, 70, 110, 130, 100, 130};
        String[] names = Labels.columns();
        for (int i = 0; i < names.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(names[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item instanceof TableItem item && item.getData() instanceof CaseRow row) {
                CaseEditors.open(parts, models, app, row.id(), row.caseNumber());
            }
        });

        status = new Label(parent, SWT.NONE);
        status.setText(Messages.CaseList_opening);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);

        pages = new CasePages(ui, new CasePages.Listener() {

            @Override
            public void countChanged(long count) {
                if (table.isDisposed()) {
                    return;
                }
                table.clearAll();
                table.setItemCount((int) Math.min(count, Integer.MAX_VALUE));
                status.setText(NLS.bind(Messages.CaseList_count, count));
                status.getParent().layout(new Label[]{status});
            }

            @Override
            public void rowsArrived(int first, int last) {
                if (!table.isDisposed()) {
                    table.clear(first, Math.min(last, table.getItemCount() - 1));
                }
            }

            @Override
            public void failed(Throwable error) {
                ILog.of(CaseListPart.class).error(error.getMessage(), error);
                if (!status.isDisposed()) {
                    status.setText(NLS.bind(Messages.CaseList_loadFailed, error.getMessage()));
                }
            }
        });
        if (pendingService != null) {
            pages.setService(pendingService);
        }
        showDatabaseState();
    }

    private CaseFilter currentFilter() {
        int s = statusChoice.getSelectionIndex();
        int p = priorityChoice.getSelectionIndex();
        int n = nationalityChoice.getSelectionIndex();
        return new CaseFilter(filter.getText(), s <= 0 ? null : CaseStatus.values()[s - 1],
                p <= 0 ? null : Priority.values()[p - 1], n <= 0 ? null : countryCodes.get(n - 1));
    }

    private void fill(TableItem item, int index) {
        CaseRow row = pages.row(index);
        if (row == null) {
            item.setText(0, Messages.CaseList_loading);
        } else {
            item.setText(Labels.cells(row));
            item.setData(row);
        }
    }

    /** Called when the case service appears (once the database is open), possibly from another thread. */
    @Inject
    @Optional
    void setCaseService(@Service CaseService service) {
        ui.asyncExec(() -> {
            if (pages == null) {
                pendingService = service;
            } else if (service != null && !table.isDisposed()) {
                pages.setService(service);
            }
            // commands that need the database (New case) become enabled: ask the workbench to look again
            broker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
        });
    }

    /** Called at each step of opening the database, possibly from another thread. */
    @Inject
    @Optional
    void setDatabaseState(@Service DatabaseState state) {
        ui.asyncExec(() -> {
            databaseState = state;
            showDatabaseState();
        });
    }

    private void showDatabaseState() {
        if (status == null || status.isDisposed() || databaseState == null) {
            return;
        }
        if (databaseState.phase() == DatabaseState.Phase.FAILED) {
            status.setText(
                    NLS.bind(Messages.CaseList_databaseFailed, databaseState.location(), databaseState.problem()));
            status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            status.getParent().layout(new Label[]{status});
        }
    }

    @Inject
    @Optional
    void casesChanged(@UIEventTopic(CaseEvents.TOPIC_ALL) Event event) {
        if (pages != null && !table.isDisposed()) {
            pages.reload(currentFilter());
        }
    }

    @Focus
    void setFocus() {
        filter.setFocus();
    }
}

package org.homeward.cases.ui.parts;

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
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseOrder;
import org.homeward.cases.model.CaseRow;
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

    private final UISynchronize ui;
    private final EPartService parts;
    private final EModelService models;
    private final MApplication app;
    private final IEventBroker broker;
    private CasePages pages;
    private CaseFilterBar bar;
    private String filterProblems = "";
    private Table table;
    private TableViewer viewer;
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
        bar = new CaseFilterBar(parent, () -> {
            pendingOpen = -1; // another filter: the row asked for is another case now
            pages.reload(currentFilter());
        });

        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
        int[] widths = {130, 140, 140, 140, 70, 110, 130, 100, 130};
        String[] names = Labels.columns();
        for (int i = 0; i < names.length; i++) {
            int cell = i;
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(names[i]);
            column.getColumn().setWidth(widths[i]);
            CaseOrder.Column by = SORTED_BY.get(i);
            column.getColumn().addListener(SWT.Selection, e -> sortBy(column.getColumn(), by));
            column.setLabelProvider(new ColumnLabelProvider() {

                @Override
                public String getText(Object element) {
                    if (element instanceof CaseRow row) {
                        return Labels.cells(row)[cell];
                    }
                    return cell == 0 ? Messages.CaseList_loading : "";
                }
            });
        }
        // only the rows on screen are asked for, page by page, in the background (CasePages)
        viewer.setContentProvider((ILazyContentProvider) index -> {
            CaseRow row = pages.row(index);
            viewer.replace(row == null ? new Loading(index) : row, index);
        });
        viewer.setInput(this);
        // a double-click (or Enter) opens the case shown on the chosen row, also while the list refreshes
        table.addListener(SWT.DefaultSelection, e -> openChosen());

        status = new Label(parent, SWT.NONE);
        status.setText(Messages.CaseList_opening);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);

        pages = new CasePages(ui, new CasePages.Listener() {

            @Override
            public void countChanged(long count) {
                if (table.isDisposed()) {
                    return;
                }
                viewer.setItemCount((int) Math.min(count, Integer.MAX_VALUE));
                table.clearAll();
                status.setText(NLS.bind(Messages.CaseList_count, count)
                        + (filterProblems.isEmpty() ? "" : "  " + filterProblems));
                status.getParent().layout(new Label[]{status});
            }

            @Override
            public void rowsArrived(int first, int last) {
                if (!table.isDisposed()) {
                    table.clear(first, Math.min(last, table.getItemCount() - 1));
                    if (pendingOpen >= first && pendingOpen <= last) {
                        openChosen();
                    }
                }
            }

            @Override
            public void failed(String message) {
                if (!status.isDisposed()) {
                    status.setText(NLS.bind(Messages.CaseList_loadFailed, message));
                }
            }
        });
        if (pendingService != null) {
            pages.setService(pendingService);
        }
        showDatabaseState();
    }

    private CaseFilter currentFilter() {
        CaseFilter current = bar.current().withOrder(order);
        filterProblems = String.join(" ", bar.problems());
        return current;
    }

    /** What each column (in {@code Labels.columns()}'s order) sorts the list by. */
    private static final java.util.List<CaseOrder.Column> SORTED_BY = java.util.List.of(CaseOrder.Column.CASE_NUMBER,
            CaseOrder.Column.FAMILY_NAME, CaseOrder.Column.GIVEN_NAMES, CaseOrder.Column.ARABIC_NAME,
            CaseOrder.Column.SEX, CaseOrder.Column.DATE_OF_BIRTH, CaseOrder.Column.NATIONALITY, CaseOrder.Column.STATUS,
            CaseOrder.Column.REGISTERED);

    /** The list's order; null for newest first. */
    private CaseOrder order;

    /** A click on a column's header sorts the whole list by it (in the database); a second click reverses. */
    private void sortBy(org.eclipse.swt.widgets.TableColumn column, CaseOrder.Column by) {
        boolean ascending = table.getSortColumn() != column || table.getSortDirection() != SWT.UP;
        table.setSortColumn(column);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        order = new CaseOrder(by, ascending);
        pages.reload(currentFilter());
    }

    /**
     * Opens the case of the chosen row; when its page is being read again (the list refreshes), once
     * it arrives.
     */
    private void openChosen() {
        Object chosen = viewer.getStructuredSelection().getFirstElement();
        int index = pendingOpen >= 0 ? pendingOpen : table.getSelectionIndex();
        CaseRow row = chosen instanceof CaseRow r && pendingOpen < 0 ? r : index >= 0 ? pages.row(index) : null;
        if (row != null) {
            pendingOpen = -1;
            CaseEditors.open(parts, models, app, row.id(), row.caseNumber());
        } else {
            pendingOpen = index;
        }
    }

    /** The row whose case is to open once its page is read; -1 for none. */
    private int pendingOpen = -1;

    /** The element of a row whose page is being read. */
    private record Loading(int index) {
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

    /** Another user signed in on this workbench: the list as their permissions show it. */
    @Inject
    @Optional
    void signedIn(@UIEventTopic(org.homeward.common.security.AccountService.TOPIC_SIGNED_IN) Event event) {
        casesChanged(event);
    }

    @Focus
    void setFocus() {
        bar.setFocus();
    }
}

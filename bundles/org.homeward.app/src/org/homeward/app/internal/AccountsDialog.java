package org.homeward.app.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.homeward.common.security.Account;
import org.homeward.common.security.AccountService;
import org.homeward.common.security.Role;
import org.homeward.ui.Background;
import org.homeward.ui.ProblemLabel;

import java.util.function.Function;

/**
 * Window > User accounts (administrators): the accounts with their roles; new account, role, new password,
 * closing. Read and saved in the background; each change is audited by the service.
 */
public final class AccountsDialog extends TitleAreaDialog {

    private final AccountService accounts;
    private TableViewer viewer;
    private org.eclipse.swt.widgets.Label problem;
    private final java.util.List<Button> selectionButtons = new java.util.ArrayList<>();

    public AccountsDialog(Shell parent, AccountService accounts) {
        super(parent);
        this.accounts = accounts;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Accounts_shellTitle);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Accounts_title);
        setMessage(Messages.Accounts_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(Messages.Accounts_userName, 150, Account::userName);
        column(Messages.Accounts_fullName, 200, Account::fullName);
        column(Messages.Accounts_role, 190, a -> Roles.label(a.role()));
        column(Messages.Accounts_status, 80, a -> a.active() ? Messages.Accounts_active : Messages.Accounts_closed);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 260).applyTo(viewer.getControl());
        Composite buttons = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, Messages.Accounts_new, false, this::newAccount);
        button(buttons, Messages.Accounts_changeRole, true, this::changeRole);
        button(buttons, Messages.Accounts_reset, true, this::reset);
        button(buttons, Messages.Accounts_close, true, this::closeAccount);
        problem = ProblemLabel.create(body, 2, 640, 2);
        viewer.addSelectionChangedListener(e -> enableSelectionButtons());
        enableSelectionButtons();
        load();
        return area;
    }

    private void column(String title, int width, Function<Account, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {

            @Override
            public String getText(Object element) {
                return text.apply((Account) element);
            }
        });
    }

    private void button(Composite parent, String label, boolean needsSelection, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
        b.addListener(SWT.Selection, e -> action.run());
        if (needsSelection) {
            selectionButtons.add(b);
        }
    }

    private void enableSelectionButtons() {
        Account a = selected();
        selectionButtons.forEach(b -> b.setEnabled(a != null && a.active()));
    }

    private Account selected() {
        return (Account) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    private void load() {
        Background.run(Messages.Accounts_shellTitle, viewer.getControl(), accounts::accounts, list -> {
            problem.setText("");
            viewer.setInput(list);
            enableSelectionButtons();
        }, failure -> problem.setText(failure.message()));
    }

    private void newAccount() {
        if (new AccountForm(getShell(), AccountForm.Kind.NEW, Messages.Account_newTitle, Role.OPERATIONS_ASSISTANT,
                v -> accounts.create(v.userName(), v.fullName(), v.role(), v.password())).open() == OK) {
            load();
        }
    }

    private void changeRole() {
        Account a = selected();
        if (new AccountForm(getShell(), AccountForm.Kind.ROLE, NLS.bind(Messages.Account_roleTitle, a.userName()),
                a.role(), v -> accounts.changeRole(a.userName(), v.role(), a.version())).open() == OK) {
            load();
        }
    }

    private void reset() {
        Account a = selected();
        if (new AccountForm(getShell(), AccountForm.Kind.PASSWORD, NLS.bind(Messages.Account_resetTitle,
                a.userName()), a.role(), v -> accounts.resetPassword(a.userName(), v.password(), a.version()))
                .open() == OK) {
            load();
        }
    }

    private void closeAccount() {
        Account a = selected();
        if (MessageDialog.openConfirm(getShell(), Messages.Accounts_close, NLS.bind(Messages.Accounts_confirmClose,
                a.userName()))) {
            Background.run(Messages.Accounts_close, viewer.getControl(),
                    () -> accounts.close(a.userName(), a.version()), closed -> load(),
                    failure -> problem.setText(failure.message()));
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Accounts_done, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }
}

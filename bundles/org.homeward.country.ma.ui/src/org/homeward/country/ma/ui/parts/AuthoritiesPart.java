package org.homeward.country.ma.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.homeward.common.authorities.Authority;
import org.homeward.common.authorities.AuthorityDirectory;
import org.homeward.country.ma.ui.internal.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Lists the Moroccan authorities that the office informs of each departure. */
public class AuthoritiesPart {

    private Table table;
    private AuthorityDirectory directory;

    @PostConstruct
    void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        Label intro = new Label(parent, SWT.WRAP);
        intro.setText(Messages.Authorities_intro);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(intro);
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        String[] names = {Messages.Authorities_name, Messages.Authorities_department, Messages.Authorities_purpose,
                Messages.Authorities_channel};
        int[] widths = {220, 220, 320, 140};
        for (int i = 0; i < names.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(names[i]);
            column.setWidth(widths[i]);
        }
        fill();
    }

    @Inject
    @Optional
    void setDirectory(@Service(filterExpression = "(country=MA)") AuthorityDirectory directory) {
        this.directory = directory;
        if (table != null && !table.isDisposed()) {
            table.getDisplay().asyncExec(this::fill);
        }
    }

    private void fill() {
        if (table.isDisposed()) {
            return;
        }
        table.removeAll();
        if (directory == null) {
            return;
        }
        for (Authority a : directory.authorities()) { // a handful of rows: a plain table is right here
            new TableItem(table, SWT.NONE).setText(new String[]{a.name(), a.department(), a.purpose(), a.channel()});
        }
    }
}

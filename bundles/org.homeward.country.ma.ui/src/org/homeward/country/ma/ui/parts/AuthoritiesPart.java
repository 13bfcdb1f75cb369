package org.homeward.country.ma.ui.parts;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.homeward.common.authorities.Authority;
import org.homeward.common.authorities.AuthorityDirectory;
import org.homeward.country.ma.ui.internal.Messages;
import org.homeward.ui.Rows;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Lists the Moroccan authorities that the office informs of each departure. */
public class AuthoritiesPart {

    private Table table;
    private Rows<Authority> rows;
    private AuthorityDirectory directory;

    @PostConstruct
    void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        Label intro = new Label(parent, SWT.WRAP);
        intro.setText(Messages.Authorities_intro);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(intro);
        rows = new Rows<>(parent, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Authorities_name, 220, Authority::name),
                new Rows.Column<>(Messages.Authorities_department, 220, Authority::department),
                new Rows.Column<>(Messages.Authorities_purpose, 320, Authority::purpose),
                new Rows.Column<>(Messages.Authorities_channel, 140, Authority::channel)));
        table = rows.table();
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
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
        rows.show(directory == null ? List.of() : directory.authorities()); // a handful of rows
    }
}

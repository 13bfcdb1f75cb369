package org.homeward.reporting.ui.internal.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.homeward.reporting.model.imports.ColumnMapping;
import org.homeward.reporting.model.imports.ImportField;
import org.homeward.reporting.model.imports.ImportSheet;
import org.homeward.reporting.ui.internal.Messages;
import org.homeward.ui.Rows;

/**
 * The mapping step: each column of the file with its first values and the field the import guessed from
 * its header, which the user can change; the page is complete when every required field has a column.
 */
final class MappingPage extends WizardPage {

    /** A column of the file, by index. */
    record Column(int index, String header, String examples) {
    }

    private final ImportSheet sheet;
    private ColumnMapping mapping;
    private Rows<Column> rows;

    MappingPage(ImportSheet sheet) {
        super("mapping");
        this.sheet = sheet;
        this.mapping = sheet.guessed();
        setTitle(Messages.Import_mappingTitle);
        setDescription(NLS.bind(Messages.Import_mappingDescription, sheet.fileName(), sheet.format()));
    }

    ColumnMapping mapping() {
        return mapping;
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(body);
        Label hint = new Label(body, SWT.WRAP);
        hint.setText(Messages.Import_mappingHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(hint);
        rows = new Rows<>(body, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Import_column, 200, Column::header),
                new Rows.Column<>(Messages.Import_examples, 300, Column::examples),
                new Rows.Column<>(Messages.Import_field, 200, c -> ImportFieldLabels.label(field(c)))));
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 300).applyTo(rows.table());
        // the field column again, as a viewer column with an editor (Rows makes its columns read-only)
        TableViewerColumn fieldColumn = new TableViewerColumn(rows.viewer(), rows.table().getColumn(2));
        fieldColumn.setLabelProvider(new ColumnLabelProvider() {

            @Override
            public String getText(Object element) {
                return ImportFieldLabels.label(field((Column) element));
            }
        });
        fieldColumn.setEditingSupport(new FieldEditing());
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < sheet.headers().size(); i++) {
            int c = i;
            String examples = sheet.sample().stream().map(r -> c < r.size() ? r.get(c) : "").filter(v -> !v.isBlank())
                    .limit(3).collect(Collectors.joining(" · "));
            columns.add(new Column(i, sheet.headers().get(i), examples));
        }
        rows.show(columns);
        setControl(body);
        check();
    }

    private ImportField field(Column c) {
        return c.index() < mapping.columns().size() ? mapping.columns().get(c.index()) : null;
    }

    private void check() {
        if (mapping.missing().isEmpty()) {
            setErrorMessage(null);
            setPageComplete(true);
        } else {
            setErrorMessage(NLS.bind(Messages.Import_missing, mapping.missing().stream()
                    .map(ImportFieldLabels::label).collect(Collectors.joining(", "))));
            setPageComplete(false);
        }
    }

    /** The field column, edited with a list of the fields and "not imported". */
    private final class FieldEditing extends EditingSupport {

        private final ComboBoxViewerCellEditor editor;

        FieldEditing() {
            super(rows.viewer());
            editor = new ComboBoxViewerCellEditor(rows.table(), SWT.READ_ONLY);
            editor.setContentProvider(ArrayContentProvider.getInstance());
            editor.setLabelProvider(new LabelProvider() {

                @Override
                public String getText(Object element) {
                    return ImportFieldLabels.label(element instanceof ImportField f ? f : null);
                }
            });
            List<Object> choices = new ArrayList<>(Arrays.asList(ImportField.values()));
            choices.add(0, Messages.Import_ignored);
            editor.setInput(choices);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            ImportField f = field((Column) element);
            return f == null ? Messages.Import_ignored : f;
        }

        @Override
        protected void setValue(Object element, Object value) {
            Column c = (Column) element;
            mapping = mapping.with(c.index(), value instanceof ImportField f ? f : null);
            rows.viewer().refresh();
            check();
        }
    }
}

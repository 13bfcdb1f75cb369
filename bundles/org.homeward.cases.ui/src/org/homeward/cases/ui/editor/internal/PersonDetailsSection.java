package org.homeward.cases.ui.editor.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.homeward.ui.Rows;
import org.homeward.cases.model.IdentityDocument;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDetails;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.editor.EditorForm;
import org.homeward.cases.ui.internal.Days;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;

/**
 * The details of the person chosen in the household table (place of birth, languages, phone,
 * residence, entry) and the identity documents they hold. Edits make the editor dirty.
 */
final class PersonDetailsSection implements EditorForm {

    private final CaseEditorContext context;
    private final HouseholdService households;
    private final List<Text> texts = new ArrayList<>();
    private Group group;
    private Text placeOfBirth;
    private Text languages;
    private Text phone;
    private Text city;
    private Text entryDate;
    private Text entryRoute;
    private Button noDocuments;
    private Table documents;
    private Rows<IdentityDocument> held;
    private Button addDocument;
    private Button removeDocument;
    private Button save;
    private Label problems;
    private Person person;
    private boolean dirty;
    private boolean filling;

    private final Runnable reloadHousehold;

    /** @param reloadHousehold reads the household again, which shows this section's person as saved */
    PersonDetailsSection(CaseEditorContext context, HouseholdService households, Runnable reloadHousehold) {
        this.context = context;
        this.households = households;
        this.reloadHousehold = reloadHousehold;
    }

    void create(Composite parent) {
        group = new Group(parent, SWT.NONE);
        group.setText(Messages.Details_none);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group); // label and field: fits beside the page list
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
        placeOfBirth = text(Messages.Details_placeOfBirth);
        languages = text(Messages.Details_languages);
        phone = text(Messages.Details_phone);
        city = text(Messages.Details_cityOfResidence);
        entryDate = text(Messages.Details_entryDate);
        entryDate.setMessage(Messages.DateHint);
        entryRoute = text(Messages.Details_entryRoute);
        noDocuments = new Button(group, SWT.CHECK);
        noDocuments.setText(Messages.Details_noDocuments);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(noDocuments);
        noDocuments.addListener(SWT.Selection, e -> edited());
        Label docs = new Label(group, SWT.NONE);
        docs.setText(Messages.Details_documents);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(docs);
        // the documents in a composite of their own, so that their buttons do not widen the fields' columns
        Composite docsRow = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(docsRow);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(docsRow);
        held = new Rows<>(docsRow, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Column_documentKind, 130, d -> Labels.documentKind(d.getKind())),
                new Rows.Column<>(Messages.Column_documentNumber, 130, IdentityDocument::getNumber),
                new Rows.Column<>(Messages.Column_issuingCountry, 130,
                        d -> Labels.country(d.getIssuingCountry().strip())),
                new Rows.Column<IdentityDocument>(Messages.Column_expiresOn, 130, d -> Days.format(d.getExpiresOn()))));
        documents = held.table();
        GridDataFactory.fillDefaults().grab(true, false).hint(240, 80).applyTo(documents);
        Composite buttons = new Composite(docsRow, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        addDocument = new Button(buttons, SWT.PUSH);
        addDocument.setText(Messages.Details_addDocument);
        addDocument.addListener(SWT.Selection, e -> addDocument());
        removeDocument = new Button(buttons, SWT.PUSH);
        removeDocument.setText(Messages.Details_removeDocument);
        removeDocument.addListener(SWT.Selection, e -> removeDocument());
        save = new Button(group, SWT.PUSH);
        save.setText(Messages.Details_save);
        save.addListener(SWT.Selection, e -> context.save());
        problems = new Label(group, SWT.WRAP);
        problems.setForeground(group.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).span(1, 1).hint(200, SWT.DEFAULT).applyTo(problems);
        context.register(this);
        enable(false);
    }

    private Text text(String label) {
        new Label(group, SWT.NONE).setText(label);
        Text t = new Text(group, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(t);
        t.addListener(SWT.Modify, e -> edited());
        texts.add(t);
        return t;
    }

    private void edited() {
        if (!filling && person != null) {
            dirty = true;
            context.formChanged();
        }
    }

    private void enable(boolean on) {
        texts.forEach(t -> t.setEnabled(on));
        noDocuments.setEnabled(on);
        addDocument.setEnabled(on);
        removeDocument.setEnabled(on);
        save.setEnabled(on);
    }

    /** The person whose details are shown; null for none. */
    Person person() {
        return person;
    }

    /**
     * Shows {@code p}'s details as saved (unsaved edits of the previous person are dropped: save first).
     * The same person read again keeps the user's unsaved edits; the documents are read again.
     */
    void show(Person p) {
        if (dirty && p != null && person != null && p.getId().equals(person.getId())) {
            loadDocuments();
            return;
        }
        person = p;
        dirty = false;
        problems.setText("");
        if (p == null) {
            group.setText(Messages.Details_none);
            enable(false);
            context.formChanged();
            return;
        }
        group.setText(NLS.bind(Messages.Details_title, p.getGivenNames() + " " + p.getFamilyName()));
        PersonDetails d = p.getDetails();
        filling = true;
        placeOfBirth.setText(orEmpty(d.placeOfBirth()));
        languages.setText(orEmpty(d.languages()));
        phone.setText(orEmpty(d.phone()));
        city.setText(orEmpty(d.cityOfResidence()));
        entryDate.setText(Days.format(d.entryDate()));
        entryRoute.setText(orEmpty(d.entryRoute()));
        noDocuments.setSelection(d.noDocuments());
        filling = false;
        enable(true);
        context.formChanged();
        loadDocuments();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private void loadDocuments() {
        long id = person.getId();
        // a person holds a handful of documents
        EditorWork.load(Messages.Editor_job, documents, () -> households.documents(id), held::show);
    }

    private void addDocument() {
        if (new DocumentDialog(context.shell(), person.getId(), households).open() == Window.OK) {
            context.caseChanged();
            reloadPerson();
        }
    }

    private void removeDocument() {
        IdentityDocument doc = held.selected();
        if (doc == null) {
            return;
        }
        // the version shown: a document changed on another workstation since is not removed unseen
        EditorWork.save(context, Messages.Details_job, removeDocument,
                () -> households.removeDocument(doc.getId(), doc.getVersion()), problem -> {
                    if (problem != null) {
                        org.eclipse.jface.dialogs.MessageDialog.openWarning(context.shell(), Messages.Details_job,
                                problem);
                    }
                    loadDocuments();
                });
    }

    /** Reads the person again (a document added clears "no document" and changes its version). */
    private void reloadPerson() {
        reloadHousehold.run();
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public Saving prepare() {
        Optional<LocalDate> entry = Days.parse(entryDate.getText());
        if (entry.isEmpty() && !entryDate.getText().isBlank()) {
            problems.setText(Messages.Details_badEntryDate);
            group.layout(true, true);
            entryDate.setFocus();
            return null;
        }
        PersonDetails details = new PersonDetails(placeOfBirth.getText(), languages.getText(), phone.getText(),
                city.getText(), entry.orElse(null), entryRoute.getText(), noDocuments.getSelection());
        long id = person.getId();
        long version = person.getVersion();
        return () -> households.updateDetails(id, version, details);
    }

    @Override
    public void saved(String problem) {
        if (problem != null) {
            problems.setText(problem);
            group.layout(true, true);
            return;
        }
        dirty = false;
        reloadPerson();
    }
}

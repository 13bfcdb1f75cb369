package org.homeward.traveldocs.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.homeward.cases.ui.editor.PrivateFiles;
import org.homeward.traveldocs.model.RequestMember;
import org.homeward.traveldocs.model.TravelDocumentType;

/**
 * The persons of a request in its editor, with the document issued to each: recording the documents,
 * attaching and opening a document's scan.
 */
final class MembersSection {

    /** A person of the request, named, with the number of the person's case. */
    record Member(RequestMember member, String name, String caseNumber) {
    }

    private final RequestTools tools;
    private final Runnable changed;
    private final Consumer<String> say;
    private Table table;
    private List<Member> members = List.of();

    MembersSection(RequestTools tools, Runnable changed, Consumer<String> say) {
        this.tools = tools;
        this.changed = changed;
        this.say = say;
    }

    Group create(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Members_group);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
        table = new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(SWT.DEFAULT, 80).applyTo(table);
        String[] headers = {Messages.Column_person, Messages.Column_case, Messages.Members_document,
                Messages.Members_number, Messages.Members_issuedOn, Messages.Column_expires, Messages.Members_scan};
        int[] widths = {180, 130, 110, 120, 90, 90, 60};
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        button(group, Messages.Page_issued, this::issued);
        button(group, Messages.Members_attachScan, this::attachScan);
        button(group, Messages.Members_openScan, this::openScan);
        return group;
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
    }

    void show(List<Member> shown) {
        members = shown;
        table.removeAll();
        for (Member m : members) { // one request: a household at most
            RequestMember r = m.member();
            new TableItem(table, SWT.NONE).setText(new String[]{m.name(), m.caseNumber(),
                    r.getDocumentType() == null ? "" : type(r.getDocumentType()),
                    r.getDocumentNumber() == null ? "" : r.getDocumentNumber(), Ui.day(r.getIssuedOn()),
                    Ui.day(r.getExpiresOn()), r.getScanAttachmentId() == null ? "" : Messages.Yes});
        }
    }

    private static String type(TravelDocumentType t) {
        return t == TravelDocumentType.PASSPORT ? Messages.Issued_passport : Messages.Issued_laissezPasser;
    }

    private Member selected() {
        int i = table.getSelectionIndex();
        if (i < 0 || i >= members.size()) {
            say.accept(Messages.Members_choose);
            return null;
        }
        return members.get(i);
    }

    private void issued() {
        List<RequestMember> list = members.stream().map(Member::member).toList();
        List<String> names = members.stream().map(Member::name).toList();
        if (new IssuedDialog(table.getShell(), list, names, tools.docs()).open() == Window.OK) {
            changed.run();
        }
    }

    private void attachScan() {
        Member m = selected();
        if (m == null) {
            return;
        }
        FileDialog chooser = new FileDialog(table.getShell(), SWT.OPEN);
        chooser.setFilterExtensions(new String[]{"*.pdf;*.jpg;*.jpeg;*.png;*.tif;*.tiff", "*"});
        String chosen = chooser.open();
        if (chosen != null) {
            Ui.run(table, () -> tools.docs().attachScan(m.member().getId(), Path.of(chosen)), done -> {
                say.accept("");
                changed.run();
            }, say);
        }
    }

    private void openScan() {
        Member m = selected();
        if (m == null || m.member().getScanAttachmentId() == null) {
            return;
        }
        long id = m.member().getScanAttachmentId();
        Ui.read(table, () -> {
            try {
                String name = tools.attachments().find(id).map(a -> a.getFileName())
                        .orElse(m.member().getDocumentNumber());
                return PrivateFiles.copy(name, tools.attachments().content(id));
            } catch (java.io.IOException e) {
                ILog.of(MembersSection.class).error(e.getMessage(), e);
                return null;
            }
        }, copy -> {
            if (copy != null) {
                Program.launch(copy.toString());
            }
        });
    }
}

package org.homeward.traveldocs.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.homeward.ui.Documents;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.homeward.ui.Rows;
import org.homeward.traveldocs.model.RequestMember;

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
    private Rows<Member> rows;
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
        rows = new Rows<Member>(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE, List.of(
                new Rows.Column<>(Messages.Column_person, 180, Member::name),
                new Rows.Column<>(Messages.Column_case, 130, Member::caseNumber),
                new Rows.Column<>(Messages.Members_document, 110,
                        m -> m.member().getDocumentType() == null ? "" : Ui.documentType(m.member().getDocumentType())),
                new Rows.Column<>(Messages.Members_number, 120, m -> m.member().getDocumentNumber()),
                new Rows.Column<>(Messages.Members_issuedOn, 90, m -> Ui.day(m.member().getIssuedOn())),
                new Rows.Column<>(Messages.Column_expires, 90, m -> Ui.day(m.member().getExpiresOn())),
                new Rows.Column<>(Messages.Members_scan, 60,
                        m -> m.member().getScanAttachmentId() == null ? "" : Messages.Yes)))
                .keyedBy(m -> m.member().getId());
        table = rows.table();
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(300, 80).applyTo(table);
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
        rows.show(shown); // one request: a household at most
    }

    private Member selected() {
        Member m = rows.selected();
        if (m == null) {
            say.accept(Messages.Members_choose);
        }
        return m;
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
        Ui.read(table, () -> tools.attachments().find(id).map(a -> a.getFileName())
                .orElse(m.member().getDocumentNumber()),
                name -> Documents.open(table, Documents.attachment(id), name,
                        () -> tools.attachments().content(id)));
    }
}

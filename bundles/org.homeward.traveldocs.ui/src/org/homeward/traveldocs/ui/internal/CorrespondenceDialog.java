package org.homeward.traveldocs.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.Correspondence;
import org.homeward.traveldocs.model.TravelDocRequest;
import org.homeward.traveldocs.model.service.EmbassyService;

/** The correspondence log of a request: what went to and came from the embassy, and adding to it. */
final class CorrespondenceDialog extends TitleAreaDialog {

    private static final int RECORD = IDialogConstants.CLIENT_ID + 1;

    private final EmbassyService embassies;
    private final TravelDocRequest request;
    private Combo direction;
    private Combo channel;
    private Text date;
    private Text summary;
    private Table log;
    private Label told;

    CorrespondenceDialog(Shell parent, EmbassyService embassies, TravelDocRequest request) {
        super(parent);
        this.embassies = embassies;
        this.request = request;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Mail_shellTitle);
    }

    static String channel(Channel c) {
        return switch (c) {
            case LETTER -> Messages.Channel_LETTER;
            case EMAIL -> Messages.Channel_EMAIL;
            case IN_PERSON -> Messages.Channel_IN_PERSON;
            case PHONE -> Messages.Channel_PHONE;
        };
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(NLS.bind(Messages.Mail_title, request.getOurReference()));
        setMessage(Messages.Mail_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.Mail_direction);
        direction = new Combo(form, SWT.READ_ONLY);
        direction.setItems(Messages.Mail_outgoing, Messages.Mail_incoming);
        direction.select(0);
        new Label(form, SWT.NONE).setText(Messages.Mail_channel);
        channel = new Combo(form, SWT.READ_ONLY);
        for (Channel c : Channel.values()) {
            channel.add(channel(c));
        }
        channel.select(0);
        new Label(form, SWT.NONE).setText(Messages.Mail_date);
        date = new Text(form, SWT.BORDER);
        date.setText(Ui.day(LocalDate.now()));
        GridDataFactory.fillDefaults().hint(110, SWT.DEFAULT).applyTo(date);
        new Label(form, SWT.NONE).setText(Messages.Mail_summary);
        summary = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, 50).applyTo(summary);
        told = new Label(form, SWT.WRAP);
        told.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(told);
        log = new Table(form, SWT.BORDER | SWT.FULL_SELECTION);
        log.setHeaderVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 140).applyTo(log);
        String[] headers = {Messages.Mail_date, Messages.Mail_direction, Messages.Mail_channel, Messages.Mail_summary};
        int[] widths = {90, 70, 80, 320};
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(log, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        reload();
        return area;
    }

    private void reload() {
        Ui.read(log, () -> embassies.correspondence(request.getEmbassyId(), request.getId()), this::show);
    }

    private void show(List<Correspondence> entries) {
        log.removeAll();
        for (Correspondence c : entries) { // one request's exchanges: a few dozen at most
            new TableItem(log, SWT.NONE).setText(new String[]{Ui.day(c.getOn()),
                    c.getDirection() == Correspondence.Direction.OUTGOING
                            ? Messages.Mail_outgoing
                            : Messages.Mail_incoming,
                    channel(c.getChannel()), c.getSummary()});
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, RECORD, Messages.Mail_record, true);
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Mail_close, false);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            setReturnCode(OK);
            close();
            return;
        }
        if (id != RECORD) {
            return;
        }
        Optional<LocalDate> on = Ui.parse(date.getText());
        if (on.isEmpty()) {
            told.setText(Messages.Page_badDate);
            return;
        }
        Correspondence.Direction way = direction.getSelectionIndex() == 1
                ? Correspondence.Direction.INCOMING
                : Correspondence.Direction.OUTGOING;
        Channel how = Channel.values()[Math.max(0, channel.getSelectionIndex())];
        String text = summary.getText();
        Ui.run(log, () -> embassies.record(request.getEmbassyId(), request.getId(), way, how, on.get(), text, null),
                saved -> {
                    told.setText("");
                    summary.setText("");
                    reload();
                }, message -> {
                    told.setText(message);
                    told.getParent().layout(true, true);
                });
    }
}

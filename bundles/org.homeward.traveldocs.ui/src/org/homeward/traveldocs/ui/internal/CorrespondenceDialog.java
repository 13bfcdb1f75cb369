package org.homeward.traveldocs.ui.internal;

import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.traveldocs.model.Embassy;
import org.homeward.traveldocs.model.service.EmbassyService;

/** The correspondence with one embassy, about all its requests and in general, and adding to it. */
final class CorrespondenceDialog extends TitleAreaDialog {

    private final EmbassyService embassies;
    private final AttachmentService attachments;
    private final Embassy embassy;
    private final Map<Long, String> references;

    CorrespondenceDialog(Shell parent, EmbassyService embassies, AttachmentService attachments, Embassy embassy,
            Map<Long, String> references) {
        super(parent);
        this.embassies = embassies;
        this.attachments = attachments;
        this.embassy = embassy;
        this.references = references;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Mail_shellTitle);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(NLS.bind(Messages.Mail_embassyTitle, Ui.embassy(embassy)));
        setMessage(Messages.Mail_message);
        Composite area = (Composite) super.createDialogArea(parent);
        CorrespondenceLog log = new CorrespondenceLog(embassies, attachments, embassy.getId(), null, references);
        GridDataFactory.fillDefaults().grab(true, true).hint(680, 380).applyTo(log.create(area));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Mail_close, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            setReturnCode(OK);
            close();
        }
    }
}

package org.homeward.app.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Sex;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.editor.CaseEditorPage;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** A case-editor page installed while an editor is open shows up in it, and goes when uninstalled. */
@ExtendWith(ScreenshotOnFailure.class)
class ContributedPageUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
    }

    @Test
    void aPageInstalledWhileTheEditorIsOpenAppearsAndGoesWhenUninstalled() throws Exception {
        String family = Workbench.uniqueFamilyName("Diallo");
        MigrantCase c = workbench.cases.register(new NewCase(family, "Oumar", null, Sex.MALE,
                DateOfBirth.estimatedYear(1989), "GN"));
        workbench.openFromList(family, c.getCaseNumber());
        workbench.window.bot().page("Foyer");
        String title = "Réintégration " + family;
        ServiceRegistration<CaseEditorPage> installed = FrameworkUtil.getBundle(ContributedPageUiTest.class)
                .getBundleContext().registerService(CaseEditorPage.class, new CaseEditorPage() {

                    @Override
                    public String title() {
                        return title;
                    }

                    @Override
                    public int rank() {
                        return 90;
                    }

                    @Override
                    public Control create(Composite parent, CaseEditorContext context) {
                        Label label = new Label(parent, SWT.NONE);
                        label.setText("Plan de réintégration de " + context.caseNumber());
                        return label;
                    }
                }, null);
        try {
            workbench.window.bot().page(title).label("Plan de réintégration de " + c.getCaseNumber());
        } finally {
            installed.unregister();
        }
        workbench.bot.waitUntil(() -> !workbench.window.bot().hasPage(title), "the page to go with its service");
    }
}

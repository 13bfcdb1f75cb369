package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;

import org.homeward.common.office.OfficeProfile;
import org.homeward.tests.ui.driver.BotTable;
import org.homeward.tests.ui.driver.ScreenshotOnFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The Morocco office plugin adds its part to the workbench and its prefix to case numbers. */
@ExtendWith(ScreenshotOnFailure.class)
class MoroccoPluginUiTest {

    private static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.started();
    }

    @Test
    void authoritiesPartListsTheMoroccanAuthoritiesFromThePlugin() {
        BotTable authorities = workbench.window.bot().cTabItem("Autorités marocaines").activate().bot()
                .tableWithColumn("Autorité");

        assertEquals(4, authorities.rowCount());
        assertEquals("Ministère de l'Intérieur", authorities.cell(0, 0));
        assertEquals("Direction Générale de la Sûreté Nationale", authorities.cell(1, 0));
    }

    @Test
    void officeProfileOfThePluginGivesTheRabatPrefix() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(MoroccoPluginUiTest.class).getBundleContext();
        Collection<ServiceReference<OfficeProfile>> refs = context.getServiceReferences(OfficeProfile.class,
                "(country=MA)");

        assertEquals(1, refs.size());
        OfficeProfile office = context.getService(refs.iterator().next());
        assertEquals("RBA", office.caseNumberPrefix());
    }
}

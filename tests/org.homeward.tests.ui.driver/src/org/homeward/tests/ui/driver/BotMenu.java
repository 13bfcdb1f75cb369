package org.homeward.tests.ui.driver;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** A menu item of a menu bar or menu. Showing its menu first lets the workbench update enablement. */
public class BotMenu extends AbstractBotWidget<MenuItem> {

    public BotMenu(MenuItem item) {
        super(item);
    }

    /** The item {@code label} of this item's submenu (mnemonics and accelerators ignored). */
    public BotMenu menu(String label) {
        UI.waitUntil(() -> findChild(label) != null, UI.DEFAULT_TIMEOUT, "menu item '" + label + "'");
        return new BotMenu(findChild(label));
    }

    private MenuItem findChild(String label) {
        return sync(() -> {
            Menu menu = widget.getMenu();
            if (menu == null) {
                return null;
            }
            show(menu);
            for (MenuItem item : menu.getItems()) {
                if (Bot.matches(item.getText(), label)) {
                    return item;
                }
            }
            return null;
        });
    }

    static void show(Menu menu) {
        Event event = new Event();
        event.widget = menu;
        menu.notifyListeners(SWT.Show, event);
        menu.notifyListeners(SWT.Hide, event);
    }

    public List<String> menuItems() {
        return sync(() -> {
            List<String> labels = new ArrayList<>();
            Menu menu = widget.getMenu();
            if (menu != null) {
                show(menu);
                for (MenuItem item : menu.getItems()) {
                    labels.add(item.getText());
                }
            }
            return labels;
        });
    }

    /** Waits until the item is enabled (re-showing its menu so the workbench re-evaluates), then selects it. */
    public BotMenu click() {
        UI.waitUntil(() -> sync(() -> {
            Menu parent = widget.getParent();
            if (parent != null) {
                show(parent);
            }
            return widget.isEnabled();
        }), UI.DEFAULT_TIMEOUT, "menu item '" + sync(widget::getText) + "' to be enabled");
        async(this::clickNow);
        return this;
    }
}

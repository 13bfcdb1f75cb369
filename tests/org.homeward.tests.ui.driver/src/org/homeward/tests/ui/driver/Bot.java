package org.homeward.tests.ui.driver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * Finds real widgets of a running workbench the way SWTBot does ({@code shell(title)},
 * {@code textWithLabel(label)}, {@code button(label)}, {@code table()}, {@code menu(label)}),
 * waiting for them to appear. A bot looks in every visible shell, or only under one shell or control.
 */
public class Bot {

    private final Display display;
    private final Control scope;

    public Bot(Display display, Control scope) {
        this.display = display;
        this.scope = scope;
    }

    /** A bot on the running workbench's display, looking in every visible shell. */
    public static Bot workbench() {
        return new Bot(UI.workbenchDisplay(UI.DEFAULT_TIMEOUT), null);
    }

    public Display display() {
        return display;
    }

    /** Compares a widget's text with a label, ignoring mnemonics, accelerators and a trailing colon. */
    static boolean matches(String widgetText, String label) {
        return normalise(widgetText).equals(normalise(label));
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace("&", "");
        int tab = t.indexOf('\t');
        if (tab >= 0) {
            t = t.substring(0, tab);
        }
        t = t.strip();
        if (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    // ---- shells

    /** The visible shell with this title, waiting for it. */
    public BotShell shell(String title) {
        return new BotShell(waitFor("shell '" + title + "'", () -> {
            for (Shell s : display.getShells()) {
                if (!s.isDisposed() && s.isVisible() && matches(s.getText(), title)) {
                    return s;
                }
            }
            return null;
        }));
    }

    /** The shell with this title if one shows within {@code wait}; empty otherwise. */
    public java.util.Optional<BotShell> shellIfShown(String title, java.time.Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < until) {
            Shell found = UI.syncCall(display, () -> {
                for (Shell s : display.getShells()) {
                    if (!s.isDisposed() && s.isVisible() && matches(s.getText(), title)) {
                        return s;
                    }
                }
                return null;
            });
            if (found != null) {
                return java.util.Optional.of(new BotShell(found));
            }
            UI.pause();
        }
        return java.util.Optional.empty();
    }

    /** The active shell, or the last visible one when none is active (Xvfb has no window manager). */
    public BotShell activeShell() {
        return new BotShell(waitFor("an active shell", () -> {
            Shell active = display.getActiveShell();
            if (active != null) {
                return active;
            }
            Shell last = null;
            for (Shell s : display.getShells()) {
                if (!s.isDisposed() && s.isVisible()) {
                    last = s;
                }
            }
            return last;
        }));
    }

    // ---- widgets next to a label, as SWTBot's *WithLabel

    public BotText textWithLabel(String label) {
        return new BotText(nextTo(label, Text.class));
    }

    public BotCombo comboBoxWithLabel(String label) {
        return new BotCombo(nextTo(label, Combo.class));
    }

    private <T extends Control> T nextTo(String label, Class<T> type) {
        return waitFor(type.getSimpleName() + " with label '" + label + "'", () -> {
            for (Label l : all(Label.class, x -> matches(x.getText(), label))) {
                Control[] siblings = l.getParent().getChildren();
                for (int i = 0; i < siblings.length - 1; i++) {
                    if (siblings[i] == l && type.isInstance(siblings[i + 1])) {
                        return type.cast(siblings[i + 1]);
                    }
                }
            }
            return null;
        });
    }

    // ---- other widgets

    public BotButton button(String label) {
        return new BotButton(first("button '" + label + "'", Button.class, b -> matches(b.getText(), label)));
    }

    /** A check box by its text. */
    public BotCheckBox checkBox(String text) {
        return new BotCheckBox(first("check box '" + text + "'", Button.class,
                b -> (b.getStyle() & SWT.CHECK) != 0 && matches(b.getText(), text)));
    }

    public BotLabel label(String text) {
        return new BotLabel(first("label '" + text + "'", Label.class, l -> matches(l.getText(), text)));
    }

    /** The first label whose text contains {@code fragment}. */
    public BotLabel labelContaining(String fragment) {
        try {
            return new BotLabel(first("label containing '" + fragment + "'", Label.class,
                    l -> l.getText().contains(fragment)));
        } catch (TimeoutException e) {
            throw new TimeoutException(e.getMessage() + "; the labels in scope: " + labelTexts());
        }
    }

    /** The texts of the visible labels in scope, to say what a screen showed when a wait failed. */
    public List<String> labelTexts() {
        return UI.syncCall(display, () -> all(Label.class, l -> !l.getText().isBlank()).stream().map(Label::getText)
                .toList());
    }

    /** A text field by its hint (the grey text shown while it is empty), as SWTBot's {@code textWithMessage}. */
    public BotText textWithMessage(String message) {
        return new BotText(first("text with message '" + message + "'", Text.class,
                t -> message.equals(t.getMessage())));
    }

    /** The combo box at {@code index} in this bot's scope, as SWTBot's {@code comboBox(int)}. */
    public BotCombo comboBox(int index) {
        return new BotCombo(waitFor("combo #" + index, () -> {
            List<Combo> combos = all(Combo.class, c -> true);
            return combos.size() > index ? combos.get(index) : null;
        }));
    }

    /** The first visible control of {@code type} in scope (a chart, say), waiting for it; read it with {@link UI#syncCall}. */
    public <T extends Control> T control(Class<T> type) {
        return first(type.getSimpleName(), type, c -> true);
    }

    public BotTable table() {
        return table(0);
    }

    public BotTable table(int index) {
        return new BotTable(waitFor("table #" + index, () -> {
            List<Table> tables = all(Table.class, t -> true);
            return tables.size() > index ? tables.get(index) : null;
        }));
    }

    /** The first table with a column of this header. */
    public BotTable tableWithColumn(String header) {
        return new BotTable(first("table with column '" + header + "'", Table.class, t -> {
            for (int i = 0; i < t.getColumnCount(); i++) {
                if (t.getColumn(i).getText().equals(header)) {
                    return true;
                }
            }
            return false;
        }));
    }

    /** The tab (part) whose title starts with {@code prefix} (a title that shows counts, for example). */
    public BotCTabItem cTabItemStartingWith(String prefix) {
        return new BotCTabItem(waitFor("tab starting with '" + prefix + "'", () -> {
            for (CTabFolder folder : all(CTabFolder.class, f -> true)) {
                for (CTabItem item : folder.getItems()) {
                    if (item.getText().startsWith(prefix)) {
                        return item;
                    }
                }
            }
            return null;
        }));
    }

    /** The tab (part) with this title. */
    public BotCTabItem cTabItem(String title) {
        return new BotCTabItem(waitFor("tab '" + title + "'", () -> {
            for (CTabFolder folder : all(CTabFolder.class, f -> true)) {
                for (CTabItem item : folder.getItems()) {
                    if (matches(item.getText(), title)) {
                        return item;
                    }
                }
            }
            return null;
        }));
    }

    /**
     * Shows the editor page with this title, chosen in the editor's list of pages as a click does, and
     * a bot on that page once it has content.
     */
    public Bot page(String title) {
        Table list = waitFor("page '" + title + "' in a list of pages", () -> {
            for (Table t : all(Table.class, t -> Boolean.TRUE.equals(t.getData(PAGES_LIST)) && t.isVisible())) {
                for (TableItem item : t.getItems()) {
                    if (matches(item.getText(), title)) {
                        return t;
                    }
                }
            }
            return null;
        });
        Control page = UI.syncCall(display, () -> {
            int index = -1;
            for (int i = 0; i < list.getItemCount(); i++) {
                if (matches(list.getItem(i).getText(), title)) {
                    index = i;
                }
            }
            list.setSelection(index);
            Event event = new Event();
            event.item = list.getItem(index);
            list.notifyListeners(SWT.Selection, event);
            Composite stack = (Composite) list.getParent().getChildren()[1];
            return ((StackLayout) stack.getLayout()).topControl;
        });
        return new Bot(display, page);
    }

    /** Whether an editor page with this title is listed now, without waiting. */
    public boolean hasPage(String title) {
        return UI.syncCall(display, () -> all(Table.class, t -> Boolean.TRUE.equals(t.getData(PAGES_LIST))).stream()
                .anyMatch(t -> java.util.Arrays.stream(t.getItems()).anyMatch(i -> matches(i.getText(), title))));
    }

    /**
     * The visible controls in scope that lie, even in part, outside what their parents show and
     * cannot be scrolled to (no scrolled view between them and the parent that cuts them off): what a
     * user of this screen size could not see or reach. One line each, naming the control.
     */
    public List<String> unreachable() {
        return UI.syncCall(display, () -> {
            List<String> found = new ArrayList<>();
            for (Control c : all(Control.class, c -> c.getSize().x > 0 && c.getSize().y > 0)) {
                String cut = cutBy(c);
                if (cut != null) {
                    found.add(describe(c) + " cut off by " + cut);
                }
            }
            return found;
        });
    }

    private static String cutBy(Control c) {
        Rectangle own = c.getDisplay().map(c.getParent(), null, c.getBounds());
        for (Composite p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof org.eclipse.swt.custom.ScrolledComposite) {
                return null; // reachable by scrolling
            }
            Rectangle area = p.getClientArea();
            Rectangle shown = c.getDisplay().map(p, null, area);
            if (own.x < shown.x - 1 || own.y < shown.y - 1 || own.x + own.width > shown.x + shown.width + 1
                    || own.y + own.height > shown.y + shown.height + 1) {
                return describe(p) + " " + shown + " (control at " + own + ")";
            }
            if (p instanceof Shell) {
                return null;
            }
        }
        return null;
    }

    private static String describe(Control c) {
        String text = c instanceof Label l
                ? l.getText()
                : c instanceof Button b
                        ? b.getText()
                        : c instanceof Text t ? t.getMessage() : "";
        return c.getClass().getSimpleName() + (text == null || text.isEmpty() ? "" : " '" + text + "'");
    }

    /** The data key marking an editor's list of pages. */
    private static final String PAGES_LIST = "org.homeward.pages.list";

    /** Whether a tab (part) with this title is there now, without waiting. */
    public boolean hasCTabItem(String title) {
        return UI.syncCall(display, () -> all(CTabFolder.class, f -> true).stream()
                .anyMatch(folder -> java.util.Arrays.stream(folder.getItems())
                        .anyMatch(i -> matches(i.getText(), title))));
    }

    /** A menu of the menu bar of the scope's shell (or of the first shell that has one). */
    public BotMenu menu(String label) {
        return new BotMenu(waitFor("menu '" + label + "'", () -> {
            for (Shell s : shellsInScope()) {
                Menu bar = s.getMenuBar();
                if (bar == null) {
                    continue;
                }
                for (MenuItem item : bar.getItems()) {
                    if (matches(item.getText(), label)) {
                        return item;
                    }
                }
            }
            return null;
        }));
    }

    // ---- waiting and evidence

    public void waitUntil(BooleanSupplier condition, String what) {
        UI.waitUntil(condition, UI.DEFAULT_TIMEOUT, what);
    }

    public void waitUntil(BooleanSupplier condition, Duration timeout, String what) {
        UI.waitUntil(condition, timeout, what);
    }

    /** Saves a PNG of the whole screen (every shell, as the user sees it). */
    public void captureScreenshot(Path file) throws java.io.IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        for (int i = 0; i < 5; i++) { // let what was just typed or ticked be painted first
            UI.syncCall(display, () -> {
                for (Shell s : display.getShells()) {
                    if (!s.isDisposed() && s.isVisible()) {
                        Rectangle area = s.getClientArea();
                        s.redraw(area.x, area.y, area.width, area.height, true);
                        s.update();
                    }
                }
                return null;
            });
            UI.pause();
        }
        ImageData data = UI.syncCall(display, () -> {
            Rectangle bounds = display.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, 0, 0);
                return image.getImageData();
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[]{data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }

    // ---- search

    private <T> T waitFor(String what, java.util.concurrent.Callable<T> finder) {
        List<T> found = new ArrayList<>(1);
        UI.waitUntil(() -> {
            T t = UI.syncCall(display, finder);
            if (t != null) {
                found.add(t);
                return true;
            }
            return false;
        }, UI.DEFAULT_TIMEOUT, what);
        return found.get(0);
    }

    private <T extends Control> T first(String what, Class<T> type, Predicate<T> test) {
        return waitFor(what, () -> {
            List<T> matches = all(type, test);
            return matches.isEmpty() ? null : matches.get(0);
        });
    }

    /** Every visible control of {@code type} in scope that passes {@code test}, in creation order (UI thread only). */
    private <T extends Control> List<T> all(Class<T> type, Predicate<T> test) {
        List<T> result = new ArrayList<>();
        Function<Control, Boolean> visit = new Function<>() {

            @Override
            public Boolean apply(Control c) {
                if (c.isDisposed() || !c.getVisible()) {
                    return false;
                }
                if (type.isInstance(c) && test.test(type.cast(c))) {
                    result.add(type.cast(c));
                }
                if (c instanceof Composite comp) {
                    for (Control child : comp.getChildren()) {
                        apply(child);
                    }
                }
                return true;
            }
        };
        for (Control root : roots()) {
            visit.apply(root);
        }
        return result;
    }

    private List<Control> roots() {
        if (scope != null) {
            return List.of(scope);
        }
        return new ArrayList<>(shellsInScope());
    }

    private List<Shell> shellsInScope() {
        if (scope != null) {
            return List.of(scope.getShell());
        }
        List<Shell> shells = new ArrayList<>();
        for (Shell s : display.getShells()) {
            if (!s.isDisposed() && s.isVisible()) {
                shells.add(s);
            }
        }
        return shells;
    }
}

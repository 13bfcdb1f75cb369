package org.homeward.cases.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.homeward.ui.Scrolling;

/**
 * The pages of a case editor, as a form editor shows them: their names in a list beside the page, so
 * that every page is one click away on a small screen (no overflow menu), and each page in a view
 * that scrolls when the window is smaller than the page.
 */
final class EditorPages {

    /** Marks the list of pages and the stack of pages, for the UI tests' driver. */
    static final String LIST_KEY = "org.homeward.pages.list";
    static final String STACK_KEY = "org.homeward.pages.stack";

    /** One page: its name and its scrolled view. */
    static final class Page {

        private final String title;
        private final ScrolledComposite view;

        Page(String title, ScrolledComposite view) {
            this.title = title;
            this.view = view;
        }

        String title() {
            return title;
        }
    }

    private final Composite body;
    private final TableViewer list;
    private final Composite stack;
    private final StackLayout layout = new StackLayout();
    private final List<Page> pages = new ArrayList<>();
    private Consumer<Page> onShow = p -> {
    };

    EditorPages(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(body);
        list = new TableViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new ColumnLabelProvider() {

            @Override
            public String getText(Object element) {
                return ((Page) element).title;
            }
        });
        list.getTable().setData(LIST_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(false, true).hint(150, SWT.DEFAULT).applyTo(list.getTable());
        stack = new Composite(body, SWT.NONE);
        stack.setData(STACK_KEY, Boolean.TRUE);
        stack.setLayout(layout);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(stack);
        list.addSelectionChangedListener(e -> {
            Object chosen = e.getStructuredSelection().getFirstElement();
            if (chosen instanceof Page page) {
                reveal(page);
            }
        });
    }

    Control control() {
        return body;
    }

    boolean isDisposed() {
        return body.isDisposed();
    }

    int size() {
        return pages.size();
    }

    void onShow(Consumer<Page> listener) {
        onShow = listener;
    }

    Page add(String title, Function<Composite, Control> content) {
        return add(pages.size(), title, content);
    }

    /** Adds a page at {@code index}; {@code content} makes its control in the scrolled view it is given. */
    Page add(int index, String title, Function<Composite, Control> content) {
        ScrolledComposite view = Scrolling.view(stack);
        Scrolling.hold(view, content.apply(view));
        Page page = new Page(title, view);
        pages.add(Math.min(index, pages.size()), page);
        list.setInput(List.copyOf(pages));
        if (layout.topControl == null) {
            show(0);
        } else {
            selectInList(current());
        }
        return page;
    }

    void remove(Page page) {
        boolean shown = layout.topControl == page.view;
        pages.remove(page);
        page.view.dispose();
        list.setInput(List.copyOf(pages));
        if (shown && !pages.isEmpty()) {
            show(0);
        } else {
            selectInList(current());
        }
    }

    void show(int index) {
        reveal(pages.get(index));
        selectInList(pages.get(index));
    }

    private Page current() {
        return pages.stream().filter(p -> p.view == layout.topControl).findFirst().orElse(null);
    }

    private void selectInList(Page page) {
        if (page != null) {
            list.setSelection(new StructuredSelection(page));
        }
    }

    private void reveal(Page page) {
        if (layout.topControl == page.view) {
            return;
        }
        layout.topControl = page.view;
        stack.layout(true, true);
        Scrolling.refit(page.view.getContent());
        onShow.accept(page);
    }

    /** The scrolled view of the page shown takes its content's new size. */
    void refit() {
        Control top = layout.topControl;
        if (top instanceof ScrolledComposite view && view.getContent() != null) {
            view.getContent().getParent().layout(true, true);
            Scrolling.refit(view.getContent());
        }
    }
}

package org.homeward.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Combo;

/**
 * A read-only choice among values (an enum's, a list of codes) on a JFace {@link ComboViewer}: the
 * value chosen is the value itself, never a position in the list. An optional first entry stands
 * for no value ("all", "none").
 *
 * @param <T> the values
 */
public final class Choice<T> {

    /** The entry that stands for no value. */
    private static final Object NONE = new Object();

    private final ComboViewer viewer;
    private final boolean hasNone;

    /**
     * @param label the text of a value
     * @param none the text of the entry for no value, or null when a value must be chosen
     */
    public Choice(Combo combo, List<T> values, Function<T, String> label, String none) {
        viewer = new ComboViewer(combo);
        hasNone = none != null;
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {

            @Override
            @SuppressWarnings("unchecked")
            public String getText(Object element) {
                return element == NONE ? none : label.apply((T) element);
            }
        });
        setValues(values);
    }

    /** Offers {@code values} (after the entry for no value, if any) instead of those offered so far. */
    public void setValues(List<T> values) {
        List<Object> input = new ArrayList<>();
        if (hasNone) {
            input.add(NONE);
        }
        input.addAll(values);
        viewer.setInput(input);
    }

    /** The value chosen; null when none is (or the entry for no value is). */
    @SuppressWarnings("unchecked")
    public T selected() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        return first == null || first == NONE ? null : (T) first;
    }

    /** Shows {@code value} as chosen; null chooses the entry for no value, or nothing. */
    public void select(T value) {
        if (value != null) {
            viewer.setSelection(new StructuredSelection(value));
        } else {
            viewer.setSelection(hasNone ? new StructuredSelection(NONE) : StructuredSelection.EMPTY);
        }
    }

    public Combo control() {
        return viewer.getCombo();
    }

    public ComboViewer viewer() {
        return viewer;
    }
}

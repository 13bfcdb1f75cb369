package org.homeward.cases.ui.dialogs;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.homeward.ui.ProblemLabel;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.jface.fieldassist.ComboContentAdapter;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.swt.widgets.Text;
import org.homeward.ui.Choice;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.Nationalities;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Sex;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;
import org.homeward.common.validation.FieldProblem;

/**
 * The identity fields of a person (names in both scripts, sex, date of birth, nationality), shared
 * by the new-case form and the household member form, with the list of bad fields below them.
 */
public final class PersonFields {

    /** Background of a field to correct: light enough for black text on any theme. */
    private static final Color BAD_FIELD = new Color(255, 228, 225);

    private final Locale language = Locale.getDefault();
    private final List<String> countryCodes = Nationalities.sortedCodes(language);
    private final Map<String, Control> fields = new HashMap<>();
    private final Text familyName;
    private final Text givenNames;
    private final Text arabicName;
    private final Text aliases;
    private final Choice<Sex> sex;
    private final Text dateOfBirth;
    private final Combo nationality;
    private Label problems;

    /** Adds the fields to {@code form}, a two-column grid. */
    public PersonFields(Composite form, boolean withAliases) {
        familyName = text(form, Messages.NewCase_familyName, NewCase.FAMILY_NAME, SWT.NONE);
        givenNames = text(form, Messages.NewCase_givenNames, NewCase.GIVEN_NAMES, SWT.NONE);
        arabicName = text(form, Messages.NewCase_arabicName, NewCase.ARABIC_NAME, SWT.RIGHT_TO_LEFT);
        aliases = withAliases ? text(form, Messages.Person_aliases, "aliases", SWT.NONE) : null;
        sex = new Choice<>(combo(form, Messages.NewCase_sex, NewCase.SEX, SWT.READ_ONLY), List.of(Sex.values()),
                Labels::sex, null);
        dateOfBirth = text(form, Messages.NewCase_dateOfBirth, NewCase.DATE_OF_BIRTH, SWT.NONE);
        dateOfBirth.setMessage(Messages.NewCase_dateOfBirthHint);
        dateOfBirth.setToolTipText(Messages.NewCase_dateOfBirthHint);
        nationality = combo(form, Messages.NewCase_nationality, NewCase.NATIONALITY, SWT.DROP_DOWN);
        nationality.setItems(countryCodes.stream().map(Labels::country).toArray(String[]::new));
        nationality.setVisibleItemCount(15);
        proposeCountries(nationality, language);
    }

    /**
     * Filters the countries as the user types: any part of a name in French, English or Arabic, case,
     * accents and the kind of apostrophe ignored ("cote d'ivoire" finds Côte d’Ivoire).
     */
    static void proposeCountries(Combo combo, Locale language) {
        IContentProposalProvider countries = (contents, position) -> Nationalities.matching(contents, language)
                .stream().limit(40).map(code -> new ContentProposal(Labels.country(code)))
                .toArray(IContentProposal[]::new);
        ContentProposalAdapter adapter = new ContentProposalAdapter(combo, new ComboContentAdapter(), countries, null,
                null);
        adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
    }

    /** Fills the fields with {@code p}'s identity, to correct it. */
    public void fill(org.homeward.cases.model.Person p) {
        familyName.setText(p.getFamilyName());
        givenNames.setText(p.getGivenNames());
        arabicName.setText(p.getArabicName() == null ? "" : p.getArabicName());
        if (aliases != null) {
            aliases.setText(p.getAliases() == null ? "" : p.getAliases());
        }
        sex.select(p.getSex());
        dateOfBirth.setText(p.getDateOfBirth().format());
        nationality.setText(Labels.country(p.getNationality().strip()));
    }

    /**
     * After a refused save: checks the form again as the user corrects it, so that a field's mark
     * goes as soon as the field is right (the service's own checks, which need no database).
     */
    public void recheckWith(java.util.function.Function<PersonDraft, List<FieldProblem>> check,
            Map<String, Control> others, java.util.function.IntConsumer remaining) {
        if (rechecking) {
            return;
        }
        rechecking = true;
        Listener again = e -> {
            List<FieldProblem> found = problems(check.apply(draft()));
            show(found, others, false);
            remaining.accept(found.size());
        };
        for (Control c : fields.values()) {
            c.addListener(SWT.Modify, again);
            c.addListener(SWT.Selection, again);
        }
    }

    private boolean rechecking;

    /** Adds the list of bad fields, spanning the two columns; call after any other field of the form. */
    public void addProblemsLabel(Composite form) {
        // room for a few problems from the start, so that the dialog keeps its size when they show
        problems = ProblemLabel.create(form, 2, 480, 5);
    }

    Text text(Composite form, String label, String field, int orientation) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER | SWT.SINGLE | orientation);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
        fields.put(field, text);
        return text;
    }

    Combo combo(Composite form, String label, String field, int style) {
        new Label(form, SWT.NONE).setText(label);
        Combo combo = new Combo(form, style);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        fields.put(field, combo);
        return combo;
    }

    /** Whether the date of birth was typed in a form that cannot be read. */
    public boolean unreadableDate() {
        return DateOfBirth.parse(dateOfBirth.getText()).isEmpty() && !dateOfBirth.getText().isBlank();
    }

    /** The person as typed; an unreadable date of birth is left out (see {@link #unreadableDate()}). */
    public PersonDraft draft() {

        String typed = nationality.getText();
        int countryIndex = nationality.indexOf(typed);
        String code = countryIndex >= 0
                ? countryCodes.get(countryIndex)
                : Nationalities.fromDisplayName(typed, language).orElse(typed.strip());
        Optional<DateOfBirth> dob = DateOfBirth.parse(dateOfBirth.getText());
        return new PersonDraft(familyName.getText(), givenNames.getText(), arabicName.getText(),
                aliases == null ? null : aliases.getText(), sex.selected(),
                dob.orElse(null), code);
    }

    /**
     * Every problem of the form: the unreadable date first as such, then the service's own checks.
     *
     * @param checked the service's problems with {@link #draft()}
     */
    public List<FieldProblem> problems(List<FieldProblem> checked) {
        List<FieldProblem> found = new java.util.ArrayList<>();
        boolean unreadable = unreadableDate();
        if (unreadable) {
            found.add(new FieldProblem(NewCase.DATE_OF_BIRTH, Messages.NewCase_badDate));
        }
        for (FieldProblem p : checked) {
            if (!(unreadable && p.field().equals(NewCase.DATE_OF_BIRTH))) {
                found.add(p);
            }
        }
        return found;
    }

    /** Names every bad field below the form, marks the fields and puts the cursor in the first one. */
    public void show(List<FieldProblem> found, Map<String, Control> others) {
        show(found, others, true);
    }

    private void show(List<FieldProblem> found, Map<String, Control> others, boolean focus) {
        problems.setText(found.stream().map(FieldProblem::message).collect(Collectors.joining("\n")));
        Map<String, Control> all = new HashMap<>(fields);
        all.putAll(others);
        for (Map.Entry<String, Control> f : all.entrySet()) {
            boolean bad = found.stream().anyMatch(p -> p.field().equals(f.getKey()));
            f.getValue().setBackground(bad ? BAD_FIELD : null);
        }
        if (focus) {
            found.stream().map(p -> all.get(p.field())).filter(c -> c != null).findFirst()
                    .ifPresent(Control::setFocus);
        }
        problems.getParent().layout(true, true);
    }

    public void setFocus() {
        familyName.setFocus();
    }
}

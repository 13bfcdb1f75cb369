package org.homeward.cases.model;

import java.time.LocalDate;

/**
 * The next thing to do on a case.
 *
 * @param what what is to be done (for example "Call the embassy back")
 * @param due when it is due
 * @param by the user who is to do it
 */
public record NextAction(String what, LocalDate due, String by) {

    public static final String WHAT = "nextAction";
    public static final String DUE = "nextActionDue";
    public static final String BY = "nextActionBy";
}

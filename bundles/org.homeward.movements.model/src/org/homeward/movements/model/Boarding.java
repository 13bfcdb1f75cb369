package org.homeward.movements.model;

/**
 * A passenger's outcome on the day, as the assistant confirms it.
 *
 * @param reason required for a no-show
 */
public record Boarding(BoardingOutcome outcome, String reason) {

    public static Boarding boarded() {
        return new Boarding(BoardingOutcome.BOARDED, null);
    }

    public static Boarding noShow(String reason) {
        return new Boarding(BoardingOutcome.NO_SHOW, reason);
    }
}

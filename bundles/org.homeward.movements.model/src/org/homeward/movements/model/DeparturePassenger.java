package org.homeward.movements.model;

import java.math.BigDecimal;

/** A passenger of a departure, with the pre-embarkation checks and what happened on the day. */
public interface DeparturePassenger {

    Long getId();

    long getVersion();

    long getDepartureId();

    long getBookingId();

    long getCaseId();

    long getPersonId();

    boolean isDocumentsInHand();

    boolean isFitToTravel();

    boolean isWheelchair();

    /** Pocket money handed over; null when none yet. */
    BigDecimal getPocketMoney();

    /** The number of the receipt the migrant signed for the pocket money; null when none yet. */
    String getReceiptNumber();

    BoardingOutcome getOutcome();

    /** Why they did not board; null otherwise. */
    String getNoShowReason();
}

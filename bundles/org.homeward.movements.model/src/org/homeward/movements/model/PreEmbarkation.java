package org.homeward.movements.model;

import java.math.BigDecimal;

/**
 * The checks made with a passenger before the departure.
 *
 * @param pocketMoney handed over, null when not yet
 * @param receiptNumber of the signed receipt, required with pocket money
 */
public record PreEmbarkation(boolean documentsInHand, boolean fitToTravel, boolean wheelchair, BigDecimal pocketMoney,
        String receiptNumber) {

    /** Field names of validation problems. */
    public static final String POCKET_MONEY = "pocketMoney";
    public static final String RECEIPT = "receiptNumber";
}

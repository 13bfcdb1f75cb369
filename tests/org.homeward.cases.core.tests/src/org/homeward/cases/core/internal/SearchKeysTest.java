package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void accentsCaseAndPunctuationAreFolded() {
        assertEquals("traore n diaye", SearchKeys.fold("  TRAORÉ N'Diaye "));
    }

    @Test
    void arabicVowelMarksAreDropped() {
        assertEquals("محمد", SearchKeys.fold("مُحَمَّد"));
    }

    @Test
    void keyHoldsFamilyThenGivenThenArabicName() {
        assertEquals("kone fatoumata فاطمة", SearchKeys.ofNames("Koné", "Fatoumata", "فاطمة"));
        assertEquals("kone fatoumata", SearchKeys.ofNames("Koné", "Fatoumata", null));
    }
}

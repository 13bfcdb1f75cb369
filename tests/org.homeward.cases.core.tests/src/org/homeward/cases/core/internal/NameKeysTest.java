package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Duplicate matching of names on real-world spelling variants of the main nationalities of returns
 * from Morocco (West and Central Africa): pairs that are one person, and pairs that are not.
 */
class NameKeysTest {

    /** given|family, given|family, same person? */
    private static final String[][] PAIRS = {
            // one person, spelled twice
            {"Mamadou|Diallo", "Mamadu|Jallow", "y"},
            {"Ousmane|Traoré", "Usman|Traore", "y"},
            {"Fatoumata|Koné", "Fatimata|Kone", "y"},
            {"Aïssatou|Bah", "Aissatou|Ba", "y"},
            {"Ibrahima|Camara", "Ibrahim|Kamara", "y"},
            {"Mohamed|Cissé", "Mohammed|Sisse", "y"},
            {"Abdoulaye|Ndiaye", "Abdulai|N'Diaye", "y"},
            {"Souleymane|Coulibaly", "Suleiman|Kulibali", "y"},
            {"Moussa|Keïta", "Musa|Keita", "y"},
            {"Boubacar|Touré", "Bubakar|Toure", "y"},
            {"Oumar|Sow", "Umar|Sow", "y"},
            {"Seydou|Ouedraogo", "Saidou|Wedraogo", "y"},
            {"Kouassi|Yao", "Kwasi|Yao", "y"},
            {"Alpha|Barry", "Alfa|Bari", "y"},
            {"Sékou|Condé", "Sekou|Conde", "y"},
            {"Lamine|Diop", "Lamin|Diop", "y"},
            {"Amadou|Sy", "Ahmadou|Sy", "y"},
            {"Djibril|Diallo", "Jibril|Jallo", "y"},
            {"Aminata|Sylla", "Aminatta|Silla", "y"},
            {"Mariama|Baldé", "Mariama|Balde", "y"},
            {"Mamadou|Diallo", "Diallo|Mamadou", "y"},
            {"Khadija|Fofana", "Kadija|Fofana", "y"},
            {"Aïcha|Dembélé", "Aisha|Dembele", "y"},
            {"Fanta|Konaté", "Fanta|Konate", "y"},
            {"Oumou|Sangaré", "Umu|Sangare", "y"},
            {"Abdourahmane|Diallo", "Abdourahman|Jallow", "y"},
            {"Ismaël|Kouyaté", "Ismail|Kuyate", "y"},
            {"Youssouf|Sidibé", "Yusuf|Sidibe", "y"},
            {"Oluwaseun|Adeyemi", "Oluwaseun|Adeyemy", "y"},
            {"Emeka|Nwosu", "Emeka|Nwossu", "y"},
            {"Jean-Pierre|Mbarga", "Jean Pierre|Mbarga", "y"},
            {"Christelle|Ngono", "Cristelle|Ngono", "y"},
            {"Salif|Keita", "Salifou|Keita", "y"},
            {"Modibo|Traore", "Modibo|Traoré", "y"},
            {"Aboubacar Sidiki|Camara", "Aboubakar Sidiki|Kamara", "y"},
            {"Thierno|Bah", "Tierno|Ba", "y"},
            {"Ndèye|Fall", "Ndeye|Fall", "y"},
            {"Chinedu|Okafor", "Chinedu|Okafor", "y"},
            {"Bakary|Sanogo", "Bakari|Sanogo", "y"},
            // two persons
            {"Mamadou|Diallo", "Mamadou|Diop", "n"},
            {"Ousmane|Traoré", "Ousmane|Touré", "n"},
            {"Fatoumata|Koné", "Fatoumata|Keita", "n"},
            {"Awa|Sow", "Awa|Sy", "n"},
            {"Ibrahima|Camara", "Ismaila|Camara", "n"},
            {"Mohamed|Cissé", "Mohamed|Sissoko", "n"},
            {"Aminata|Bah", "Aminata|Barry", "n"},
            {"Moussa|Koné", "Moussa|Konaté", "n"},
            {"Fanta|Diallo", "Fatou|Diallo", "n"},
            {"Oumar|Sow", "Omar|Sall", "n"},
            {"Seydou|Keita", "Sekou|Keita", "n"},
            {"Alpha|Condé", "Alpha|Camara", "n"},
            {"Lamine|Diop", "Lamine|Dia", "n"},
            {"Kouassi|Yao", "Kouamé|Yao", "n"},
            {"Abdoulaye|Ndiaye", "Abdou|Ndiaye", "n"},
            {"Mariama|Baldé", "Mariama|Bangoura", "n"},
            {"Chidi|Okafor", "Chinedu|Okafor", "n"},
            {"Boubacar|Touré", "Boubacar|Traoré", "n"},
            {"Djibril|Diallo", "Djibril|Dramé", "n"},
            {"Souleymane|Coulibaly", "Souleymane|Kouyaté", "n"},
            {"Hawa|Doumbia", "Hawa|Diabaté", "n"},
            {"Emeka|Nwosu", "Emeka|Nwachukwu", "n"},
            {"Youssouf|Sidibé", "Youssouf|Sissoko", "n"},
            {"Aissata|Sow", "Aissata|Sy", "n"},
            {"Bakary|Sanogo", "Bakary|Sangaré", "n"},
    };

    private static boolean match(String a, String b) {
        String[] x = a.split("\\|");
        String[] y = b.split("\\|");
        return NameKeys.sameName(NameKeys.latin(x[1]), NameKeys.latin(x[0]), Set.of(), NameKeys.latin(y[1]),
                NameKeys.latin(y[0]), Set.of());
    }

    @Test
    void spellingVariantsMeetAndDifferentNamesDoNot() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] pair : PAIRS) {
            boolean expected = pair[2].equals("y");
            boolean found = match(pair[0], pair[1]);
            if (expected && found) {
                tp++;
            } else if (!expected && found) {
                fp++;
                wrong.add("false match: " + pair[0] + " ~ " + pair[1]);
            } else if (expected) {
                fn++;
                wrong.add("missed: " + pair[0] + " ~ " + pair[1]);
            } else {
                tn++;
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("duplicate name matching on %d pairs (%d same person, %d different): precision %.3f,"
                + " recall %.3f (TP %d, FP %d, FN %d, TN %d)%n", PAIRS.length, tp + fn, fp + tn, precision, recall, tp,
                fp, fn, tn);
        wrong.forEach(System.out::println);
        assertTrue(PAIRS.length >= 50);
        assertTrue(precision >= 0.95, "precision " + precision + " " + wrong);
        assertTrue(recall >= 0.95, "recall " + recall + " " + wrong);
    }

    @Test
    void arabicScriptIsComparedWithoutVowelMarksAndWithUnifiedLetters() {
        assertEquals(Set.of("محمد"), NameKeys.arabic("مُحَمَّد"));
        assertEquals(NameKeys.arabic("عائشة سو"), NameKeys.arabic("عايشه سو"));
        assertEquals(NameKeys.arabic("أمينة"), NameKeys.arabic("امينه"));
        assertTrue(NameKeys.sameName(Set.of(), Set.of(), NameKeys.arabic("عائشة سو"), Set.of("X"), Set.of("Y"),
                NameKeys.arabic("عايشه سو")));
    }

    @Test
    void canonicalSpellingFoldsTheCommonTransliterations() {
        assertEquals("jalo", NameKeys.canonical("Diallo"));
        assertEquals("jalo", NameKeys.canonical("Jallow"));
        assertEquals("mamadu", NameKeys.canonical("Mamadou"));
        assertEquals("kulibali", NameKeys.canonical("Coulibaly"));
        assertEquals("sise", NameKeys.canonical("Cissé"));
        assertEquals("ba", NameKeys.canonical("Bah"));
    }
}

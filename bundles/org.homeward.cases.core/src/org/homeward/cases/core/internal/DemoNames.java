package org.homeward.cases.core.internal;

import java.util.List;
import java.util.Map;

/** Names common among migrants returning home from Morocco, by nationality, for demonstration data. */
final class DemoNames {

    /** Nationality, weight (share of returns), family names, male given names, female given names. */
    record Origin(String nationality, int weight, List<String> families, List<String> men, List<String> women) {
    }

    static final List<Origin> ORIGINS = List.of(
            new Origin("GN", 24, List.of("Diallo", "Barry", "Bah", "Sow", "Camara", "Condé", "Sylla", "Touré", "Keïta",
                    "Baldé", "Kourouma", "Soumah", "Bangoura", "Konaté", "Cissé"),
                    List.of("Mamadou", "Alpha", "Ibrahima", "Abdoulaye", "Thierno", "Ousmane", "Sékou", "Amadou",
                            "Boubacar", "Mohamed", "Lansana", "Moussa"),
                    List.of("Mariama", "Fatoumata", "Aïssatou", "Kadiatou", "Hawa", "Aminata", "Oumou", "Fanta",
                            "Djénabou", "Hadja")),
            new Origin("CI", 16, List.of("Kouassi", "Koné", "Traoré", "Ouattara", "Kouamé", "Yao", "Coulibaly",
                    "Bamba", "Konan", "N'Guessan", "Diabaté", "Koffi"),
                    List.of("Kouadio", "Yao", "Seydou", "Adama", "Ibrahim", "Jean", "Serge", "Koffi", "Lassina",
                            "Drissa"),
                    List.of("Aya", "Adjoua", "Awa", "Mariam", "Affoué", "Christelle", "Salimata", "Rokia")),
            new Origin("SN", 14, List.of("Ndiaye", "Diop", "Fall", "Sow", "Ba", "Gueye", "Faye", "Sy", "Mbaye", "Sarr",
                    "Diouf", "Cissé"),
                    List.of("Mamadou", "Cheikh", "Abdou", "Modou", "Moussa", "Ousmane", "Ibrahima", "Babacar",
                            "Pape", "Lamine"),
                    List.of("Fatou", "Aminata", "Awa", "Khady", "Ndèye", "Astou", "Mariama", "Coumba")),
            new Origin("ML", 12, List.of("Traoré", "Coulibaly", "Diarra", "Keïta", "Konaté", "Sidibé", "Dembélé",
                    "Sangaré", "Doumbia", "Sissoko", "Kanté", "Samaké"),
                    List.of("Moussa", "Bakary", "Seydou", "Modibo", "Souleymane", "Adama", "Oumar", "Youssouf",
                            "Salif", "Drissa"),
                    List.of("Aminata", "Fatoumata", "Mariam", "Kadidia", "Assitan", "Rokia", "Oumou", "Djeneba")),
            new Origin("CM", 12, List.of("Mbarga", "Ngono", "Essomba", "Fotso", "Nkoulou", "Tchoupo", "Kamga",
                    "Abena", "Owona", "Njoya", "Tagne"),
                    List.of("Jean-Pierre", "Paul", "Serge", "Hervé", "Christian", "Eric", "Armand", "Patrick",
                            "Blaise", "Franck"),
                    List.of("Christelle", "Brigitte", "Sandrine", "Nadège", "Carine", "Mireille", "Laure", "Estelle")),
            new Origin("NG", 10, List.of("Okafor", "Adeyemi", "Okonkwo", "Nwosu", "Eze", "Ibrahim", "Bello", "Okoro",
                    "Adebayo", "Chukwu", "Ogunleye"),
                    List.of("Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ibrahim", "Samuel", "David", "Uche",
                            "Musa", "Kelechi"),
                    List.of("Blessing", "Chioma", "Ngozi", "Funmilayo", "Aisha", "Grace", "Amaka", "Esther")),
            new Origin("CG", 6, List.of("Moukala", "Massamba", "Ngoma", "Mabiala", "Nkounkou", "Bouanga", "Makosso",
                    "Loemba"),
                    List.of("Christ", "Prince", "Arnaud", "Gildas", "Merveil", "Rodrigue", "Junior"),
                    List.of("Grâce", "Merveille", "Prisca", "Divine", "Chancelle", "Exaucée")),
            new Origin("SL", 6, List.of("Kamara", "Sesay", "Conteh", "Bangura", "Koroma", "Turay", "Jalloh"),
                    List.of("Mohamed", "Ibrahim", "Abu", "Alhaji", "Sorie", "Foday"),
                    List.of("Fatmata", "Isatu", "Mariama", "Aminata", "Kadiatu", "Hawa")));

    /** Arabic-script spellings of some given names, as Moroccan forms sometimes carry them. */
    static final Map<String, String> ARABIC = Map.of("Mamadou", "مامادو", "Mohamed", "محمد", "Ibrahima", "إبراهيما",
            "Fatoumata", "فاطوماتا", "Aminata", "أميناتا", "Moussa", "موسى", "Ousmane", "عثمان", "Awa", "عوا");

    private DemoNames() {
    }
}

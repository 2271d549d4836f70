package io.cxsite.render;

/**
 * Stop words per language: the small words of everyday questions ("why is my …", "hur gör jag
 * för att …", "hvordan kan jeg …") that say nothing about which article is meant. A query never
 * needs to match them; a query of nothing but stop words still searches for them. Negations
 * ("not", "inte", "ikke") are here too: "bankid not working" is about BankID and working.
 * Written as they are spelled; {@link SearchLanguage} folds them.
 */
final class SearchStopWords {
    private SearchStopWords() {
    }

    static final String EN = """
            a about after again all also am an and any are as at be because been before being but by
            can can't cannot could did do does doing don't done down for from get gets getting got had has
            have having he her here how i i'm if in into is isn't it it's its just me more most my myself
            no not now of off on once only or other our out over please same she should so some still
            such than that the their them then there these they this those through to too under until up
            us very want was we were what when where which while who why will with won't would you your
            yours
            """;

    static final String SV = """
            alla allt att av bara blir blev de dem den denna deras dess det detta dig din ditt du då där
            efter eller en ett fast finns från får för ha har hade han hon hur här i igen ingen inget
            inte jag kan kunde man med mig min mina mitt mycket måste ni nu när och också om oss på sig
            sin sina sitt ska skulle som så till under upp ut utan vad var varför vart vem vi vid vill
            vilken vilket år är än åt över går gör göra gjorde nog
            """;

    static final String NB = """
            alle alt at av bare ble blir da de dem den denne der deres det dette deg din ditt du eller en
            er et etter for fra får gjør gjøre gjorde har hadde han hun hva hvem hvor hvordan hvorfor i
            igjen ikke ingen jeg kan kunne man med meg min mine mitt mye må når og også om oss på seg sin
            sine sitt skal skulle som så til under opp ut uten var vi ved vil være vært å over noe noen
            """;
}

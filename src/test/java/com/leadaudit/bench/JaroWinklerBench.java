package com.leadaudit.bench;

import com.leadaudit.matching.JaroWinkler;
import com.leadaudit.matching.JaroWinklerBound;
import com.leadaudit.matching.NameMatch;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Times the NAME tier's Jaro–Winkler, commons-text's against {@link JaroWinkler}, on name keys shaped like the
 * benchmark's ("first last", lower case), alternating rounds; prints pairs per second and checks both agree. Then
 * the tier's test as {@code NameTier} runs it: {@link JaroWinklerBound} first (the lead's letters counted once, as a
 * block holds them; the person's counted per pair, which a block does once per person), the similarity only where
 * the bound may reach the threshold; the pairs that qualify must be the same as without the bound.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" com.leadaudit.bench.JaroWinklerBench [pairs] [rounds]
 * </pre>
 */
public final class JaroWinklerBench {

    private static final String[] FIRST = {"anna", "john", "maria", "david", "sarah", "michael", "laura", "thomas",
        "julia", "peter", "emma", "lukas", "sofia", "daniel", "lea", "jonas", "chen", "wei", "aisha", "omar"};
    private static final String[] LAST = {"smith", "mueller", "garcia", "nguyen", "schmidt", "johnson", "rossi",
        "kowalski", "dubois", "jansen", "novak", "silva", "kim", "tanaka", "ohara", "fischer", "weber", "meyer"};

    private JaroWinklerBench() {
    }

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Random random = new Random(7);
        String[] a = new String[pairs];
        String[] b = new String[pairs];
        for (int i = 0; i < pairs; i++) {
            a[i] = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            b[i] = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        }
        JaroWinklerBound.Letters[] leadLetters = new JaroWinklerBound.Letters[pairs];
        for (int i = 0; i < pairs; i++) {
            leadLetters[i] = JaroWinklerBound.Letters.of(a[i]);
        }
        JaroWinklerSimilarity library = new JaroWinklerSimilarity();
        for (int round = 1; round <= rounds; round++) {
            long t = System.nanoTime();
            double sumLibrary = 0;
            for (int i = 0; i < pairs; i++) {
                sumLibrary += library.apply(a[i], b[i]);
            }
            double libSecs = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            double sumOwn = 0;
            for (int i = 0; i < pairs; i++) {
                sumOwn += JaroWinkler.similarity(a[i], b[i]);
            }
            double ownSecs = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: commons-text %.2f s (%,.0f pairs/s), JaroWinkler %.2f s "
                            + "(%,.0f pairs/s), sums %s%n", round, libSecs, pairs / libSecs, ownSecs, pairs / ownSecs,
                    sumLibrary == sumOwn ? "equal" : "DIFFER " + sumLibrary + " " + sumOwn);
            t = System.nanoTime();
            long qualify = 0;
            for (int i = 0; i < pairs; i++) {
                if (JaroWinkler.similarity(a[i], b[i]) >= NameMatch.THRESHOLD) {
                    qualify++;
                }
            }
            double exactSecs = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            long qualifyBounded = 0;
            long scored = 0;
            for (int i = 0; i < pairs; i++) {
                if (JaroWinklerBound.mayReach(leadLetters[i], JaroWinklerBound.Letters.of(b[i]), NameMatch.THRESHOLD)) {
                    scored++;
                    if (JaroWinkler.similarity(a[i], b[i]) >= NameMatch.THRESHOLD) {
                        qualifyBounded++;
                    }
                }
            }
            double boundedSecs = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "         at %.2f: every pair scored %.2f s (%,.0f pairs/s), bound first "
                            + "%.2f s (%,.0f pairs/s, %,d scored); qualifying pairs %,d and %,d %s%n",
                    NameMatch.THRESHOLD, exactSecs, pairs / exactSecs, boundedSecs, pairs / boundedSecs, scored,
                    qualify, qualifyBounded, qualify == qualifyBounded ? "equal" : "DIFFER");
        }
    }
}

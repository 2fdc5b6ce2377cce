package org.msbiome.core.strain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.msbiome.core.internal.Checks;

/**
 * A deposit of a strain in a culture collection: the collection, the accession number, and the
 * type-strain mark. Written "ATCC 53103", "LMG P-21384", "CNCM I-745", "DSM 110574T" (a trailing
 * {@code T}, printed as a superscript, marks the type strain of a species).
 *
 * <p>Deposits of one strain in several collections ("ATCC 4698 = DSM 20030 = JCM 1464") denote the same
 * strain; see {@link Strain#isSameStrainAs(Strain)}. Two deposits are {@linkplain #equals(Object) equal}
 * when collection, accession and mark are equal; {@link #sameAccessionAs(Deposit)} ignores the mark.
 *
 * @param collection the culture collection
 * @param accession the accession number within it, upper case: digits, optionally after a prefix of one
 *     or two letters and a hyphen ({@code 53103}, {@code P-21384}, {@code I-745}, {@code A270}), optionally
 *     with dot-separated parts ({@code 1.551})
 * @param typeStrain whether the deposit carries the type-strain mark {@code T}
 * @since 0.1.0
 */
public record Deposit(CultureCollection collection, String accession, boolean typeStrain) {
    private static final Pattern ACCESSION = Pattern.compile("(?:[A-Z]{1,2}-?)?[0-9]+(?:\\.[0-9]+)*");
    private static final String EXPECTED =
            "expected a collection and a number, like 'ATCC 53103', 'LMG P-21384' or 'DSM 110574T'";

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the accession is malformed
     */
    public Deposit {
        Objects.requireNonNull(collection, "collection");
        accession = Checks.requireNonBlank(accession, "accession");
        if (!ACCESSION.matcher(accession).matches()) {
            throw new IllegalArgumentException("accession " + Checks.quote(accession) + " of " + collection
                    + " is malformed; expected digits, optionally after a letter prefix such as 'P-' or 'I-',"
                    + " like '53103' or 'P-21384'");
        }
    }

    /**
     * A deposit without the type-strain mark.
     *
     * @param collection the collection, known or not
     * @param accession the accession number, e.g. {@code "53103"}
     * @return the deposit
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the accession is malformed
     */
    public static Deposit of(CultureCollection collection, String accession) {
        return new Deposit(collection, accession, false);
    }

    /**
     * Parses a deposit in a collection msbiome knows ({@link CultureCollections#all()}). The collection
     * acronym may be in any case and be followed by a space, a hyphen or nothing: "ATCC 53103",
     * "ATCC53103", "ATCC-53103" and "atcc 53103" are the same deposit. A trailing {@code T} or {@code ᵀ}
     * marks the type strain.
     *
     * @param text the deposit
     * @return the deposit, normalised
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is blank, has no number, has a malformed number, or names
     *     a collection msbiome does not know (the message lists the known ones and how to name another)
     */
    public static Deposit parse(String text) {
        return parse(text, false);
    }

    /**
     * Parses a deposit like {@link #parse(String)}, but also in a collection msbiome does not know, provided
     * its acronym is written as collections write it: 2 to 10 upper-case letters ("CGMCC 1.551"). Use it for
     * text whose collections are trusted, such as msbiome's own output; {@link #parse(String)} is safer for
     * text typed by people, since it reports a misspelt acronym.
     *
     * @param text the deposit
     * @return the deposit, normalised
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is blank, has no number, has a malformed number, or its
     *     acronym is not upper-case letters
     */
    public static Deposit parseAnyCollection(String text) {
        return parse(text, true);
    }

    /**
     * Parses deposits that name one strain, separated by {@code =}: "DSM 110574T=LMG 31633T".
     *
     * @param text the deposits
     * @return the deposits, in the order written
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if a deposit is malformed, as for {@link #parse(String)}
     */
    public static List<Deposit> parseEquivalents(String text) {
        Objects.requireNonNull(text, "text");
        List<Deposit> deposits = new ArrayList<>();
        for (String part : text.split("=", -1)) {
            deposits.add(parse(part));
        }
        return List.copyOf(deposits);
    }

    /**
     * Whether {@code other} is the same accession in the same collection, whether or not either carries the
     * type-strain mark.
     *
     * @param other another deposit
     * @return {@code true} for the same collection and accession
     * @throws NullPointerException if {@code other} is null
     */
    public boolean sameAccessionAs(Deposit other) {
        Objects.requireNonNull(other, "other");
        return collection.equals(other.collection) && accession.equals(other.accession);
    }

    /**
     * The deposit as written: {@code ATCC 53103}, {@code DSM 110574T}.
     *
     * @return the text, which {@link #parse(String)} (or, for an unknown collection,
     *     {@link #parseAnyCollection(String)}) reads back
     */
    @Override
    public String toString() {
        return collection.acronym() + " " + accession + (typeStrain ? "T" : "");
    }

    private static Deposit parse(String text, boolean anyCollection) {
        Objects.requireNonNull(text, "text");
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("deposit must not be blank; " + EXPECTED);
        }
        String where = "deposit " + Checks.quote(text);
        int letters = 0;
        while (letters < stripped.length() && isAsciiLetter(stripped.charAt(letters))) {
            letters++;
        }
        if (letters == 0) {
            throw new IllegalArgumentException(where + " does not start with a collection acronym; " + EXPECTED);
        }
        String word = stripped.substring(0, letters);
        Optional<CultureCollection> known = CultureCollections.lookup(word);
        String rest = stripped.substring(letters);
        if (known.isEmpty()) {
            // "LMGP-21384": a known acronym followed by a lettered accession.
            for (CultureCollection c : byLongestAcronym()) {
                if (word.toUpperCase(Locale.ROOT).startsWith(c.acronym())
                        && isAccession(stripped.substring(c.acronym().length()))) {
                    known = Optional.of(c);
                    rest = stripped.substring(c.acronym().length());
                    break;
                }
            }
        }
        CultureCollection collection;
        if (known.isPresent()) {
            collection = known.get();
        } else if (!anyCollection) {
            throw new IllegalArgumentException(where + ": culture collection " + Checks.quote(word)
                    + " is not one msbiome knows ("
                    + CultureCollections.all().stream().map(CultureCollection::acronym).collect(Collectors.joining(", "))
                    + "); check the spelling, or for another collection use Deposit.parseAnyCollection(..) or"
                    + " Deposit.of(CultureCollection.of(..), ..)");
        } else if (!word.equals(word.toUpperCase(Locale.ROOT)) || word.length() < 2 || word.length() > 10) {
            throw new IllegalArgumentException(where + ": acronym " + Checks.quote(word) + " of a collection msbiome"
                    + " does not know must be written as the collection writes it, 2 to 10 upper-case letters; "
                    + EXPECTED);
        } else {
            collection = CultureCollection.of(word);
        }
        String number = rest.strip();
        if (number.startsWith("-")) {
            number = number.substring(1).strip();
        }
        if (number.isEmpty()) {
            throw new IllegalArgumentException(where + " has no number; " + EXPECTED);
        }
        boolean typeStrain = false;
        if (number.length() > 1 && (number.endsWith("T") || number.endsWith("ᵀ"))
                && Character.isDigit(number.charAt(number.length() - 2))) {
            typeStrain = true;
            number = number.substring(0, number.length() - 1);
        }
        String accession = number.toUpperCase(Locale.ROOT);
        if (!ACCESSION.matcher(accession).matches()) {
            throw new IllegalArgumentException(where + ": number " + Checks.quote(number) + " is malformed; expected"
                    + " digits, optionally after a letter prefix such as 'P-' or 'I-' and followed by the"
                    + " type-strain mark 'T'; " + EXPECTED);
        }
        return new Deposit(collection, accession, typeStrain);
    }

    private static boolean isAccession(String candidate) {
        String number = candidate.strip();
        return !number.isEmpty() && ACCESSION.matcher(number.toUpperCase(Locale.ROOT)).matches();
    }

    private static List<CultureCollection> byLongestAcronym() {
        return CultureCollections.all().stream()
                .sorted(Comparator.comparingInt((CultureCollection c) -> c.acronym().length()).reversed())
                .collect(Collectors.toList());
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}

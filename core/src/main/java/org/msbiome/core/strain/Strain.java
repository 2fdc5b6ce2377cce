package org.msbiome.core.strain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.taxonomy.Taxon;

/**
 * A strain: its taxon, its strain designation ("GG", "LA02"), and its deposits in culture collections
 * ("ATCC 53103").
 *
 * <p>A strain may be unidentified, with neither designation nor deposit: that is how a paper that names
 * only the species ("<i>L. acidophilus</i>") describes the organism in a product. {@link #isIdentified()}
 * tells the two apart.
 *
 * <p>Two strain records are {@linkplain #equals(Object) equal} when taxon, designation and deposits are
 * equal. Whether two records describe the same organism, even when written differently, is
 * {@link #isSameStrainAs(Strain)}.
 *
 * <p>For example:
 *
 * <pre>{@code
 * Strain lgg = Strain.of(Taxon.parse("Lacticaseibacillus rhamnosus"), "GG", Deposit.parse("ATCC53103"));
 * lgg.deposits();                                        // [ATCC 53103]
 * lgg.isIdentified();                                    // true
 * Strain.of(Taxon.parse("Lactobacillus acidophilus")).isIdentified();   // false: the species only
 * }</pre>
 *
 * @param taxon the taxon
 * @param designation the strain designation, e.g. {@code GG}, if the source gives one
 * @param deposits the deposits in culture collections, possibly none
 * @since 0.1.0
 */
public record Strain(Taxon taxon, Optional<String> designation, List<Deposit> deposits) {
    /**
     * Normalises and checks the parts.
     *
     * @throws NullPointerException if a component or a deposit is null
     * @throws IllegalArgumentException if the designation is blank, has control characters, or is itself a
     *     deposit ("ATCC 53103" belongs in {@code deposits}); or if a deposit is listed twice
     */
    public Strain {
        Objects.requireNonNull(taxon, "taxon");
        Objects.requireNonNull(designation, "designation");
        designation = designation.map(Strain::checkDesignation);
        deposits = Checks.copyOf(deposits, "deposits");
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (int i = 0; i < deposits.size(); i++) {
            Deposit deposit = deposits.get(i);
            Integer j = seen.putIfAbsent(List.of(deposit.collection(), deposit.accession()), i);
            if (j != null) {
                throw new IllegalArgumentException("deposits[" + i + "] " + Checks.quote(deposit)
                        + " repeats deposits[" + j + "]; expected each deposit once");
            }
        }
    }

    /**
     * An unidentified strain of a taxon: the organism as a source names it when it gives only the species.
     *
     * @param taxon the taxon
     * @return the strain
     * @throws NullPointerException if {@code taxon} is null
     */
    public static Strain of(Taxon taxon) {
        return new Strain(taxon, Optional.empty(), List.of());
    }

    /**
     * A strain with a designation and deposits.
     *
     * @param taxon the taxon
     * @param designation the designation, e.g. {@code "GG"}
     * @param deposits the deposits, possibly none
     * @return the strain
     * @throws NullPointerException if an argument or a deposit is null
     * @throws IllegalArgumentException as for the canonical constructor
     */
    public static Strain of(Taxon taxon, String designation, Deposit... deposits) {
        return new Strain(taxon, Optional.of(Objects.requireNonNull(designation, "designation")), List.of(deposits));
    }

    /**
     * A strain known by its deposits only, without a designation.
     *
     * @param taxon the taxon
     * @param deposits the deposits, at least one
     * @return the strain
     * @throws NullPointerException if an argument or a deposit is null
     * @throws IllegalArgumentException if no deposit is given, or a deposit is repeated
     */
    public static Strain ofDeposits(Taxon taxon, Deposit... deposits) {
        if (deposits.length == 0) {
            throw new IllegalArgumentException("deposits must not be empty for a strain known by its deposits;"
                    + " for a strain without designation or deposit use Strain.of(taxon)");
        }
        return new Strain(taxon, Optional.empty(), List.of(deposits));
    }

    /**
     * A copy with one more deposit.
     *
     * @param deposit the deposit to add
     * @return the new strain
     * @throws NullPointerException if {@code deposit} is null
     * @throws IllegalArgumentException if the strain already has that deposit
     */
    public Strain withDeposit(Deposit deposit) {
        List<Deposit> more = new ArrayList<>(deposits);
        more.add(Objects.requireNonNull(deposit, "deposit"));
        return new Strain(taxon, designation, more);
    }

    /**
     * Whether the strain is identified by a designation or a deposit.
     *
     * @return {@code true} if a designation or a deposit is given
     */
    public boolean isIdentified() {
        return designation.isPresent() || !deposits.isEmpty();
    }

    /**
     * Whether a deposit carries the type-strain mark.
     *
     * @return {@code true} if this is marked as the type strain of its species
     */
    public boolean isTypeStrain() {
        return deposits.stream().anyMatch(Deposit::typeStrain);
    }

    /**
     * Whether {@code other} describes the same organism. The rule, in order:
     * <ol>
     *   <li>if the two share a deposit (same collection and accession, type-strain mark ignored), they are
     *       the same strain: an accession number denotes one deposited culture, and deposits of one strain
     *       in several collections denote the same strain. The taxa are not compared, since a strain is
     *       sometimes filed under another species name (<i>L. rhamnosus</i> GG was first named
     *       "<i>L. acidophilus</i> GG");
     *   <li>otherwise, if both have deposits in the same collection, they are different strains;
     *   <li>otherwise, they are the same strain when their taxa are equal and both have a designation, and
     *       the designations are equal ignoring case, spaces, hyphens and dots ("LA-02" and "LA02");
     *   <li>otherwise (an unidentified strain, or too little in common to tell) they are not known to be
     *       the same, and the answer is {@code false}.
     * </ol>
     * The relation is symmetric but, like any matching on partial descriptions, not transitive.
     *
     * @param other another strain
     * @return {@code true} if the two are known to be the same strain
     * @throws NullPointerException if {@code other} is null
     */
    public boolean isSameStrainAs(Strain other) {
        Objects.requireNonNull(other, "other");
        for (Deposit mine : deposits) {
            for (Deposit theirs : other.deposits) {
                if (mine.sameAccessionAs(theirs)) {
                    return true;
                }
            }
        }
        for (Deposit mine : deposits) {
            for (Deposit theirs : other.deposits) {
                if (mine.collection().equals(theirs.collection())) {
                    return false;
                }
            }
        }
        return taxon.equals(other.taxon)
                && designation.isPresent()
                && other.designation.isPresent()
                && designationKey(designation.get()).equals(designationKey(other.designation.get()));
    }

    /**
     * The strain as written in papers: "Lacticaseibacillus rhamnosus GG (ATCC 53103)".
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(taxon.toString());
        designation.ifPresent(d -> out.append(' ').append(d));
        if (!deposits.isEmpty()) {
            out.append(" (");
            for (int i = 0; i < deposits.size(); i++) {
                out.append(i == 0 ? "" : " = ").append(deposits.get(i));
            }
            out.append(')');
        }
        return out.toString();
    }

    private static String checkDesignation(String value) {
        String designation = Checks.requireNonBlank(value, "designation");
        if (looksLikeDeposit(designation)) {
            throw new IllegalArgumentException("designation " + Checks.quote(designation) + " is a culture-collection"
                    + " deposit; put it in deposits, and keep the designation for a name like 'GG' or 'LA02'");
        }
        return designation;
    }

    private static boolean looksLikeDeposit(String designation) {
        try {
            Deposit.parse(designation);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The designation as {@link #isSameStrainAs(Strain)} compares it: without spaces, dots and hyphens, in
     * upper case ("GG" and "G.G." give "GG").
     *
     * @return the comparison key of the designation, empty when the strain has none
     * @since 0.1.0
     */
    public Optional<String> designationKey() {
        return designation.map(Strain::designationKey);
    }

    private static String designationKey(String designation) {
        return designation.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }
}

package org.msbiome.io.ctgov;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msbiome.core.taxonomy.NameResolution;
import org.msbiome.core.taxonomy.Taxonomy;

/**
 * Finds organisms and CFU doses in an intervention's text. The one place where a name in free text becomes a
 * taxon ({@link #resolve}): a name is an organism when the taxonomy resolves it, or when a strain designation
 * follows it ("Bacillus coagulans GBI-30"), or when the text gives a CFU amount or says probiotic and the first
 * word has the ending of a genus name ({@code LATIN_GENUS}); an organism
 * the taxonomy does not resolve is listed as not encoded, with its span.
 */
final class OrganismMentions {
    private static final Pattern BINOMIAL = Pattern.compile(
            "\\b([A-Z][a-z]+|[A-Z][a-z]{0,3}\\.)\\s+([a-z]{3,})(\\s+subsp\\.\\s+[a-z]{3,})?"
                    + "(\\s+(?!CFU\\b)([A-Z]{1,6}[- ]?[0-9]{1,6}[A-Za-z]?))?");
    /** A CFU amount: "1e9 CFU", "2 x 10^9 CFU", "10^10 CFU", "5 billion CFU". */
    static final Pattern CFU = Pattern.compile(
            "\\b[0-9]+(?:[.,][0-9]+)?(?:\\s*[x×*]\\s*10\\s*\\^?\\s*[0-9]+|[eE][+]?[0-9]+|\\s*(?:billion|million))?\\s*CFU\\b");
    /** A genus-like word: Latin endings of bacterial and yeast genera ("-us", "-um", "-ia", "-ella", ...). */
    private static final Pattern LATIN_GENUS = Pattern.compile("[A-Z][a-z]*(us|um|ia|ella|ces|ides|coccus|bacter)");
    private static final Pattern CUE = Pattern.compile("\\b(CFU|probiotics?|synbiotics?)\\b", Pattern.CASE_INSENSITIVE);

    private OrganismMentions() {}

    /** An organism name found in a text: its span, the name, the designation after it, and its resolution. */
    record Organism(int start, int end, String text, String name, Optional<String> designation,
            Optional<NameResolution> resolution) {}

    /** A dose found in a text: its span. */
    record Dose(int start, int end, String text) {}

    /** The taxon a name denotes, if the taxonomy knows it (the taxonomy's resolver, nothing else). */
    static Optional<NameResolution> resolve(String name) {
        return Taxonomy.lookup(name);
    }

    static List<Organism> organisms(String text) {
        boolean cue = CUE.matcher(text).find();
        List<Organism> out = new ArrayList<>();
        Matcher m = BINOMIAL.matcher(text);
        while (m.find()) {
            Optional<NameResolution> resolution = Optional.empty();
            String name = m.group(1) + " " + m.group(2);
            if (m.group(3) != null) {
                resolution = resolve(m.group(1) + " " + m.group(2) + m.group(3));
                name = m.group(1) + " " + m.group(2) + m.group(3);
            }
            if (resolution.isEmpty()) {
                resolution = resolve(m.group(1) + " " + m.group(2));
            }
            Optional<String> designation = Optional.ofNullable(m.group(5));
            if (resolution.isPresent() || designation.isPresent()
                    || (cue && LATIN_GENUS.matcher(m.group(1)).matches())) {
                out.add(new Organism(m.start(), m.end(), m.group(), name, designation, resolution));
            }
        }
        return out;
    }

    static List<Dose> doses(String text) {
        List<Dose> out = new ArrayList<>();
        Matcher m = CFU.matcher(text);
        while (m.find()) {
            out.add(new Dose(m.start(), m.end(), m.group()));
        }
        return out;
    }
}

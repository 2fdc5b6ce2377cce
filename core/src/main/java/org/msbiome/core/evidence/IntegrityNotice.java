package org.msbiome.core.evidence;

import java.util.Objects;
import java.util.Optional;

/**
 * A notice about a publication's integrity: its kind, when it was published (to the precision the
 * source gives), and the identifier of the notice itself when known (for example the PMID of a
 * retraction notice).
 *
 * <pre>{@code
 * IntegrityNotice.of(IntegrityNoticeType.RETRACTION, PartialDate.ofYear(2024), Pmid.of(38980210));
 * }</pre>
 *
 * @param type the kind of notice
 * @param date when the notice was published
 * @param notice the identifier of the notice, when known
 * @since 0.1.0
 */
public record IntegrityNotice(IntegrityNoticeType type, PartialDate date, Optional<PublicationId> notice) {
    /**
     * Checks the components.
     *
     * @param type the kind of notice
     * @param date when the notice was published
     * @param notice the identifier of the notice, when known
     * @throws NullPointerException if a component is null, naming it
     */
    public IntegrityNotice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(notice, "notice");
    }

    /**
     * A notice with a known identifier.
     *
     * @param type the kind of notice
     * @param date when the notice was published
     * @param notice the identifier of the notice
     * @return the notice
     * @throws NullPointerException if an argument is null, naming it
     */
    public static IntegrityNotice of(IntegrityNoticeType type, PartialDate date, PublicationId notice) {
        return new IntegrityNotice(type, date, Optional.of(Objects.requireNonNull(notice, "notice")));
    }

    /**
     * A notice whose own identifier is not known.
     *
     * @param type the kind of notice
     * @param date when the notice was published
     * @return the notice
     * @throws NullPointerException if an argument is null, naming it
     */
    public static IntegrityNotice of(IntegrityNoticeType type, PartialDate date) {
        return new IntegrityNotice(type, date, Optional.empty());
    }

    /**
     * A short description for people, like {@code retraction 2024 (38980210)}.
     *
     * @return the description
     */
    public String describe() {
        return type.code().replace('-', ' ') + " " + date + notice.map(id -> " (" + id.value() + ")").orElse("");
    }
}

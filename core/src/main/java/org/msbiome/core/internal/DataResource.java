package org.msbiome.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A bundled data resource: a versioned, tab-separated table of well-known values with a table of the
 * sources every row cites. The format is described in {@code docs/conventions.md} ("Data resources").
 *
 * <p>In short: lines starting with {@code #} are comments and blank lines are ignored; the first other
 * line is {@code !format<TAB>msbiome-data<TAB>1}; {@code !source<TAB>KEY<TAB>reference} lines define the
 * sources (the reference holds a URL, a DOI or a PMID); one {@code !columns<TAB>...} line names the
 * columns, the first of which is the row key; every other line is a row with exactly one cell per column.
 * An empty cell is an absent value; list cells separate items with {@code |}. The columns named
 * {@code sources} or ending in {@code _sources} hold source keys, and every row names at least one.
 *
 * <p>Loading is strict: a missing or extra cell, a missing column, a duplicate row key or source key, an
 * unknown or unused source key, a reference without a URL, DOI or PMID, a cell with surrounding spaces and
 * a sentinel cell ({@code NA}, {@code none}, {@code unknown}, {@code -}, ...) are errors naming the file and
 * the line.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at any
 * time.
 */
public final class DataResource {
    /** The only format version this loader reads. */
    public static final int FORMAT_VERSION = 1;

    private static final String FORMAT_NAME = "msbiome-data";
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*");
    private static final Pattern CITABLE = Pattern.compile(
            "https?://\\S+|\\b10\\.\\d{4,9}/\\S+|\\bPMID:? ?\\d+");
    private static final Set<String> SENTINELS =
            Set.of("na", "n/a", "null", "none", "unknown", "-", "?", "tbd", "todo");

    private final String name;
    private final List<String> columns;
    private final Map<String, Source> sources;
    private final List<Row> rows = new ArrayList<>();

    private DataResource(String name, List<String> columns, Map<String, Source> sources) {
        this.name = name;
        this.columns = columns;
        this.sources = sources;
    }

    /**
     * A source a row cites.
     *
     * @param key the key rows use, like {@code LAV2010}
     * @param reference the citation, containing a URL, a DOI or a PMID
     * @param line the line of the resource that defines it
     */
    public record Source(String key, String reference, int line) {
        /** Checks the parts are present. */
        public Source {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reference, "reference");
        }
    }

    /** One row: its cells by column, with typed accessors that report errors with the file and line. */
    public final class Row {
        private final int line;
        private final List<String> cells;

        private Row(int line, List<String> cells) {
            this.line = line;
            this.cells = cells;
        }

        /** The line of the resource this row is on (1-based). */
        public int line() {
            return line;
        }

        /** Every cell by column name, in column order, as written (an empty cell is an empty string). */
        public Map<String, String> cells() {
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                byColumn.put(columns.get(i), cells.get(i));
            }
            return Collections.unmodifiableMap(byColumn);
        }

        /** The row key (the first column). */
        public String key() {
            return cells.get(0);
        }

        /** The cell of a required column; an empty cell is an error. */
        public String text(String column) {
            String cell = cell(column);
            if (cell.isEmpty()) {
                throw error("column " + column + " is empty; a value is required");
            }
            return cell;
        }

        /** The cell of a column, empty when the cell is. */
        public Optional<String> optional(String column) {
            String cell = cell(column);
            return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
        }

        /** The items of a list cell ({@code a|b|c}); empty for an empty cell; an empty item is an error. */
        public List<String> list(String column) {
            String cell = cell(column);
            if (cell.isEmpty()) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String item : cell.split("\\|", -1)) {
                if (item.isEmpty() || !item.equals(item.strip())) {
                    throw error("column " + column + " has an empty or space-padded item in " + Checks.quote(cell));
                }
                if (SENTINELS.contains(item.toLowerCase(Locale.ROOT))) {
                    throw error("column " + column + " has the sentinel item " + Checks.quote(item)
                            + "; leave out what is absent");
                }
                items.add(item);
            }
            return List.copyOf(items);
        }

        /** The source keys this row cites, over all source columns, in column order, each once. */
        public List<String> sourceKeys() {
            Set<String> keys = new LinkedHashSet<>();
            for (String column : columns) {
                if (isSourceColumn(column)) {
                    keys.addAll(list(column));
                }
            }
            return List.copyOf(keys);
        }

        /**
         * An error about this row, naming the file and line.
         *
         * @param message what is wrong
         * @return the exception, to throw
         */
        public IllegalStateException error(String message) {
            return DataResource.error(name, line, message);
        }

        private String cell(String column) {
            int index = columns.indexOf(column);
            if (index < 0) {
                throw DataResource.error(name, line, "no column " + Checks.quote(column) + "; columns are "
                        + columns);
            }
            return cells.get(index);
        }
    }

    /**
     * Loads a resource that lies in the package of {@code anchor}, through
     * {@link Class#getResourceAsStream(String)} (which works on the module path for a package of the
     * caller's own module).
     *
     * @param anchor a class in the package holding the resource
     * @param resource the file name, like {@code cytokines.tsv}
     * @param requiredColumns the columns the caller reads
     * @return the checked resource
     * @throws IllegalStateException if the resource is missing or malformed; the message names it and the line
     */
    public static DataResource load(Class<?> anchor, String resource, String... requiredColumns) {
        String name = anchor.getPackageName().replace('.', '/') + "/" + resource;
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data resource " + name + " is missing");
            }
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return parse(name, new InputStreamReader(in, decoder), requiredColumns);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("data resource " + name + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("data resource " + name + " cannot be read", e);
        }
    }

    /**
     * Parses a resource from a reader.
     *
     * @param name the name used in error messages
     * @param reader the text
     * @param requiredColumns the columns the caller reads
     * @return the checked resource
     * @throws IllegalStateException if the text is malformed; the message names {@code name} and the line
     * @throws IOException if reading fails
     */
    public static DataResource parse(String name, Reader reader, String... requiredColumns) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        boolean formatSeen = false;
        List<String> columns = null;
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Integer> rowLines = new ArrayList<>();
        List<List<String>> rowCells = new ArrayList<>();
        int number = 0;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            number++;
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(text.split("\t", -1));
            if (!formatSeen) {
                if (!cells.equals(List.of("!format", FORMAT_NAME, Integer.toString(FORMAT_VERSION)))) {
                    throw error(name, number, "expected the header '!format<TAB>" + FORMAT_NAME + "<TAB>"
                            + FORMAT_VERSION + "', found " + Checks.quote(text));
                }
                formatSeen = true;
                continue;
            }
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                if (!cell.equals(cell.strip())) {
                    throw error(name, number, "cell " + (i + 1) + " " + Checks.quote(cell)
                            + " has surrounding spaces");
                }
            }
            switch (cells.get(0)) {
                case "!format" -> throw error(name, number, "a second !format line");
                case "!source" -> {
                    Source source = source(name, number, cells);
                    Source previous = sources.putIfAbsent(source.key(), source);
                    if (previous != null) {
                        throw error(name, number, "source key " + Checks.quote(source.key())
                                + " is already defined on line " + previous.line());
                    }
                }
                case "!columns" -> {
                    if (columns != null) {
                        throw error(name, number, "a second !columns line");
                    }
                    columns = columns(name, number, cells, requiredColumns);
                }
                default -> {
                    if (cells.get(0).startsWith("!")) {
                        throw error(name, number, "unknown directive " + Checks.quote(cells.get(0)));
                    }
                    if (columns == null) {
                        throw error(name, number, "a row before the !columns line");
                    }
                    if (cells.size() != columns.size()) {
                        throw error(name, number, "the row has " + cells.size() + " cells; expected "
                                + columns.size() + " (" + String.join(", ", columns) + ")");
                    }
                    rowLines.add(number);
                    rowCells.add(cells);
                }
            }
        }
        if (!formatSeen) {
            throw error(name, number, "no '!format' header");
        }
        if (columns == null) {
            throw error(name, number, "no '!columns' line");
        }
        DataResource resource = new DataResource(name, columns, Collections.unmodifiableMap(sources));
        for (int i = 0; i < rowCells.size(); i++) {
            resource.rows.add(resource.new Row(rowLines.get(i), rowCells.get(i)));
        }
        resource.check();
        return resource;
    }

    /** The resource name, as used in error messages ({@code org/msbiome/core/immune/cytokines.tsv}). */
    public String name() {
        return name;
    }

    /** The column names, the key column first. */
    public List<String> columns() {
        return columns;
    }

    /** The sources table, by key, in the order defined. */
    public Map<String, Source> sources() {
        return sources;
    }

    /** The rows, in file order. */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /**
     * Maps every row, keyed by the row key, in file order.
     *
     * @param mapper builds a value from a row (and throws {@link Row#error(String)} for a bad cell)
     * @param <T> the value type
     * @return the values by row key, unmodifiable, in file order
     * @throws IllegalStateException if the mapper rejects a row; the message names the file and line
     */
    public <T> Map<String, T> map(Function<Row, T> mapper) {
        Map<String, T> values = new LinkedHashMap<>();
        for (Row row : rows) {
            T value;
            try {
                value = mapper.apply(row);
            } catch (IllegalArgumentException | NullPointerException e) {
                IllegalStateException error = row.error("row " + row.key() + " is invalid: " + e.getMessage());
                error.initCause(e);
                throw error;
            }
            values.put(row.key(), Objects.requireNonNull(value, "mapper result"));
        }
        return Collections.unmodifiableMap(values);
    }

    /**
     * The value of a row key in a map built by {@link #map(Function)}, for a holder's constants.
     *
     * @param values the values
     * @param key the row key
     * @param <T> the value type
     * @return the value
     * @throws IllegalStateException if no row has that key
     */
    public <T> T get(Map<String, T> values, String key) {
        T value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("data resource " + name + " has no row " + Checks.quote(key));
        }
        return value;
    }

    private void check() {
        Set<String> keys = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (Row row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                String cell = row.cells.get(i);
                if (SENTINELS.contains(cell.toLowerCase(Locale.ROOT))) {
                    throw row.error("column " + columns.get(i) + " holds the sentinel " + Checks.quote(cell)
                            + "; leave the cell empty when the value is absent");
                }
            }
            if (!KEY.matcher(row.key()).matches()) {
                throw row.error("row key " + Checks.quote(row.key()) + " is malformed; expected letters, digits, "
                        + "'_', '.' or '-', starting with a letter");
            }
            if (!keys.add(row.key())) {
                throw row.error("row key " + Checks.quote(row.key()) + " is repeated");
            }
            List<String> cited = row.sourceKeys();
            if (cited.isEmpty()) {
                throw row.error("row " + row.key() + " names no source");
            }
            for (String key : cited) {
                if (!sources.containsKey(key)) {
                    throw row.error("row " + row.key() + " cites the unknown source key " + Checks.quote(key)
                            + "; define it with a '!source' line");
                }
            }
            used.addAll(cited);
        }
        for (Source source : sources.values()) {
            if (!used.contains(source.key())) {
                throw error(name, source.line(), "source key " + Checks.quote(source.key())
                        + " is defined but no row cites it");
            }
        }
    }

    private static Source source(String name, int line, List<String> cells) {
        if (cells.size() != 3 || cells.get(1).isEmpty() || cells.get(2).isEmpty()) {
            throw error(name, line, "expected '!source<TAB>KEY<TAB>reference'");
        }
        if (!KEY.matcher(cells.get(1)).matches()) {
            throw error(name, line, "source key " + Checks.quote(cells.get(1)) + " is malformed; expected "
                    + "letters, digits, '_', '.' or '-', starting with a letter");
        }
        if (!CITABLE.matcher(cells.get(2)).find()) {
            throw error(name, line, "source " + cells.get(1) + " has no URL, DOI or PMID: "
                    + Checks.quote(cells.get(2)));
        }
        return new Source(cells.get(1), cells.get(2), line);
    }

    private static List<String> columns(String name, int line, List<String> cells, String... required) {
        List<String> columns = cells.subList(1, cells.size());
        if (columns.isEmpty() || columns.contains("")) {
            throw error(name, line, "the !columns line has no or empty column names");
        }
        if (new HashSet<>(columns).size() != columns.size()) {
            throw error(name, line, "the !columns line repeats a column: " + columns);
        }
        if (columns.stream().noneMatch(DataResource::isSourceColumn)) {
            throw error(name, line, "no source column; name one 'sources' or '<fact>_sources'");
        }
        for (String column : required) {
            if (!columns.contains(column)) {
                throw error(name, line, "missing column " + Checks.quote(column) + "; columns are " + columns);
            }
        }
        return List.copyOf(columns);
    }

    private static boolean isSourceColumn(String column) {
        return column.equals("sources") || column.endsWith("_sources");
    }

    private static IllegalStateException error(String name, int line, String message) {
        return new IllegalStateException(name + ":" + line + ": " + message);
    }
}

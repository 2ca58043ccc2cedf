package io.exportpermits.listing;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The rows of a CSV file of the test resources, by column name; lines starting with '#' are comments. */
final class CsvRows {
    private CsvRows() {
    }

    static List<Map<String, String>> read(String resource) {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.ALLOW_COMMENTS).build();
        try (InputStream in = CsvRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in);
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

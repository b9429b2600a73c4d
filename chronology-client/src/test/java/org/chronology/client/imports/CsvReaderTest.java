package org.chronology.client.imports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    @Test
    void quoted_cells_may_hold_commas_quotes_and_line_breaks() throws IOException {
        List<CsvReader.Row> rows = rows("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n");

        assertThat(rows).extracting(CsvReader.Row::cells).containsExactly(
                List.of("a", "b", "c"),
                List.of("x, y", "say \"hi\"", "two\nlines"),
                List.of("last", "", ""));
    }

    @Test
    void each_row_knows_the_line_it_starts_on_even_after_a_multi_line_cell_and_blank_lines() throws IOException {
        List<CsvReader.Row> rows = rows("h1,h2\r\n\"a\r\nb\",c\r\n\r\nd,e\r\n");

        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 5);
    }

    @Test
    void a_spreadsheet_byte_order_mark_is_not_part_of_the_first_column_name() throws IOException {
        assertThat(rows("\uFEFFeventId,type\n").get(0).cells()).containsExactly("eventId", "type");
    }

    @Test
    void the_last_row_needs_no_line_break() throws IOException {
        assertThat(rows("a,b\nc,d")).extracting(CsvReader.Row::cells).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void an_unclosed_quote_names_the_line_where_the_cell_began() {
        assertThatThrownBy(() -> rows("a,b\n\"open,c\nmore\n"))
                .isInstanceOf(CsvReader.CsvException.class)
                .hasMessageContaining("line 2");
    }

    private static List<CsvReader.Row> rows(String text) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(text));
        List<CsvReader.Row> rows = new ArrayList<>();
        for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }
}

package org.judicialmetrics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Files are decoded strictly in their declared encoding: text in Windows-1252, GB18030 and UTF-16 (with its
 * byte-order mark) reads right, and bytes that are not valid stop the run naming the file, the line and the byte
 * offset, which the tests find in the bytes themselves.
 */
class DecodingReaderTest {

    private static final String TEXT = "Last Name,First Name\r\nGarcía,José\r\nMüller,Zoë\r\nO'Brien,Mary\u00A0Ann\r\n"
            + "Nuñez,Renée\n";

    private static String read(byte[] bytes, String encoding) throws IOException {
        try (Reader reader = TextRecordParser.open(new ByteArrayInputStream(bytes), "x.csv", encoding)) {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[7]; // small reads cross the decoder's buffers at odd places
            int n;
            while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
                sb.append(buffer, 0, n);
            }
            return sb.toString();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"windows-1252, ''", "GB18030, ''", "GB18030, 84319533", "UTF-8, ''", "UTF-8, EFBBBF",
            "UTF-16, FEFF", "UTF-16, FFFE", "UTF-16LE, FFFE", "UTF-16BE, FEFF", "UTF-16, ''"})
    void textInItsEncodingReadsRight(String encoding, String bom) throws IOException {
        // UTF-16 without a mark is big-endian; with one, the mark says the byte order
        Charset charset = bom.equals("FFFE") ? StandardCharsets.UTF_16LE
                : encoding.startsWith("UTF-16") ? StandardCharsets.UTF_16BE : Charset.forName(encoding);
        byte[] bytes = concat(java.util.HexFormat.of().parseHex(bom), TEXT.getBytes(charset));
        assertThat(read(bytes, encoding)).isEqualTo(TEXT);
    }

    @Test
    void windows1252ReadAsUtf8StopsAtTheFirstInvalidByte() {
        byte[] bytes = TEXT.getBytes(Charset.forName("windows-1252"));
        int offset = 0;
        while (bytes[offset] >= 0) {
            offset++;
        }
        long line = 1 + new String(bytes, 0, offset, StandardCharsets.US_ASCII).chars().filter(c -> c == '\n').count();
        assertThat(line).isEqualTo(2);
        String expected = "x.csv: line 2, byte offset " + offset + ": not valid UTF-8 (byte "
                + String.format("0x%02X", bytes[offset] & 0xFF) + ")";
        assertThatThrownBy(() -> read(bytes, "UTF-8")).isInstanceOf(InputException.class)
                .hasMessageStartingWith(expected).hasMessageContaining("\"encoding\"");
    }

    @Test
    void theNoBreakSpaceAloneIsNotUtf8() {
        byte[] bytes = "a,b\nc,d\ne\u00A0f,g\n".getBytes(Charset.forName("windows-1252"));
        assertThat(bytes[9] & 0xFF).isEqualTo(0xA0);
        assertThatThrownBy(() -> read(bytes, "UTF-8"))
                .hasMessageStartingWith("x.csv: line 3, byte offset 9: not valid UTF-8 (byte 0xA0)");
    }

    @Test
    void aByteWindows1252LeavesUnassignedStops() {
        byte[] bytes = {'a', '\r', 'b', '\r', '\n', (byte) 0x81};
        assertThatThrownBy(() -> read(bytes, "windows-1252"))
                .hasMessageStartingWith("x.csv: line 3, byte offset 5: not valid windows-1252 (byte 0x81)");
    }

    @Test
    void aTruncatedSequenceAtTheEndStops() {
        byte[] bytes = concat(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "é\n".getBytes(StandardCharsets.UTF_8)),
                new byte[] {(byte) 0xE2, (byte) 0x82});
        assertThatThrownBy(() -> read(bytes, "UTF-8"))
                .hasMessageStartingWith("x.csv: line 2, byte offset 6: not valid UTF-8 (bytes 0xE2 0x82)");
    }

    @Test
    void aByteOrderMarkThatContradictsTheEncodingStops() {
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> read(utf16, "UTF-8")).isInstanceOf(InputException.class)
                .hasMessage("x.csv: starts with a UTF-16LE byte-order mark, but is read as UTF-8; declare \"encoding\":"
                        + " \"UTF-16\" in the file's source mapping");
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(utf8, "windows-1252"))
                .hasMessageContaining("starts with a UTF-8 byte-order mark, but is read as windows-1252");
        assertThatThrownBy(() -> read(utf16, "UTF-16BE")).hasMessageContaining("UTF-16LE byte-order mark");
    }
}

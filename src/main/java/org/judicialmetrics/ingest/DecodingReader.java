package org.judicialmetrics.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Decodes a file strictly in its declared encoding, so that a byte which is not valid text stops the run naming the
 * file, the line and the byte offset instead of silently becoming U+FFFD; a byte-order mark is removed, and one that
 * contradicts the declared encoding stops the run.
 */
final class DecodingReader extends Reader {

    private static final Set<String> UTF_16 = Set.of("UTF-16", "UTF-16LE", "UTF-16BE");

    private final InputStream in;
    private final String file;
    private final String encoding;
    private final CharsetDecoder decoder;
    /** Bytes before the first one decoded (the byte-order mark). */
    private final long start;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    /** Bytes decoded so far, after the byte-order mark. */
    private long decoded;
    private long lineBreaks;
    private boolean afterCr;
    private boolean first = true;
    private boolean eof;
    private boolean done;

    private DecodingReader(InputStream in, String file, String encoding, Charset charset, long start) {
        this.in = in;
        this.file = file;
        this.encoding = encoding;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.start = start;
    }

    /**
     * A reader of the file's text in {@code encoding} (a Java charset name). A UTF-8 or UTF-16 byte-order mark is
     * removed when it agrees with the encoding ({@code UTF-16} takes its byte order from the mark); one that does not
     * agree stops the run.
     */
    static Reader open(InputStream raw, String file, String encoding) throws IOException {
        Charset declared = Charset.forName(encoding);
        PushbackInputStream in = new PushbackInputStream(raw, 3);
        byte[] head = in.readNBytes(3);
        int n = head.length;
        String mark = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? "UTF-8"
                : n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE ? "UTF-16LE"
                : n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF ? "UTF-16BE" : null;
        in.unread(head, 0, n);
        if (mark == null) {
            return new DecodingReader(in, file, encoding, declared, 0);
        }
        String name = declared.name();
        boolean agrees = mark.equals(name) || mark.startsWith("UTF-16") && name.equals("UTF-16");
        if (!agrees) {
            throw new InputException(file + ": starts with a " + mark + " byte-order mark, but is read as " + encoding
                    + "; declare \"encoding\": \"" + (mark.equals("UTF-8") ? "UTF-8" : "UTF-16")
                    + "\" in the file's source mapping");
        }
        int length = mark.equals("UTF-8") ? 3 : 2;
        in.skipNBytes(length);
        Charset charset = UTF_16.contains(name) ? Charset.forName(mark) : StandardCharsets.UTF_8;
        return new DecodingReader(in, file, encoding, charset, length);
    }

    @Override
    public int read(char[] out, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!decodeMore()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(out, offset, n);
        return n;
    }

    /** Decodes the next bytes into {@link #chars}; false at the end of the file. */
    private boolean decodeMore() throws IOException {
        if (done) {
            return false;
        }
        chars.clear();
        if (!eof) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, eof);
        decoded += bytes.position() - before;
        if (result.isError()) {
            throw invalid(result.length());
        }
        if (eof && !bytes.hasRemaining() && result.isUnderflow()) {
            decoder.flush(chars);
            done = true;
        }
        chars.flip();
        if (first && chars.hasRemaining()) {
            first = false;
            if (chars.get(chars.position()) == '\uFEFF') { // a mark in the encoding's own form (GB18030)
                chars.get();
            }
        }
        countLines(chars.position(), chars.limit());
        return true;
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars.get(i);
            if (c == '\r' || c == '\n' && !afterCr) {
                lineBreaks++;
            }
            afterCr = c == '\r';
        }
    }

    private InputException invalid(int length) {
        countLines(0, chars.position());
        StringJoiner shown = new StringJoiner(" ");
        for (int i = 0; i < length; i++) {
            shown.add(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        return new InputException(file + ": line " + (lineBreaks + 1) + ", byte offset " + (start + decoded)
                + ": not valid " + encoding + " (byte" + (length > 1 ? "s " : " ") + shown + "); declare the file's"
                + " \"encoding\" in its source mapping (UTF-8 unless it says otherwise), e.g. \"windows-1252\"");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

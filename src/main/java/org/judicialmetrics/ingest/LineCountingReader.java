package org.judicialmetrics.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Remembers where the line breaks (LF, CR or CRLF) are in the text a CSV parser reads, so a record's character
 * position gives the line it starts on, also after skipped blank lines and fields that span lines. Only breaks the
 * parser has read ahead are kept.
 */
final class LineCountingReader extends FilterReader {

    /** Each break not yet passed: its offset and its length (2 for CRLF). */
    private final ArrayDeque<long[]> breaks = new ArrayDeque<>();
    private long offset;
    private long linesPassed;
    private boolean afterCr;
    private boolean lastWasBreak = true;

    LineCountingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int from, int length) throws IOException {
        int n = super.read(buffer, from, length);
        for (int i = 0; i < n; i++) {
            see(buffer[from + i]);
        }
        return n;
    }

    private void see(char c) {
        if (c == '\n' && afterCr) {
            breaks.peekLast()[1] = 2;
        } else if (c == '\r' || c == '\n') {
            breaks.addLast(new long[] {offset, 1});
        }
        afterCr = c == '\r';
        lastWasBreak = c == '\r' || c == '\n';
        offset++;
    }

    /** Whether the text read so far ends with a line break (or is empty): a file cut short usually does not. */
    boolean endsWithLineBreak() {
        return lastWasBreak;
    }

    /**
     * The 1-based line a record starting at {@code position} is on: the parser reports the position before the empty
     * lines it skips, so those are passed over. Positions must be asked for in increasing order.
     */
    long lineAt(long position) {
        long at = position;
        while (!breaks.isEmpty() && breaks.peekFirst()[0] <= at) {
            long[] lineBreak = breaks.pollFirst();
            linesPassed++;
            if (lineBreak[0] == at) {
                at += lineBreak[1];
            }
        }
        return linesPassed + 1;
    }
}

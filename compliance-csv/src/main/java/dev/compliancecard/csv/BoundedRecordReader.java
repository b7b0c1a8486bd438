package dev.compliancecard.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes CSV text through while it counts the characters of the current record, so that a
 * record longer than a limit fails before the parser buffers it whole. A record ends at a line
 * break outside double quotes (RFC 4180: a quote opens a quoted value only as a value's first
 * character, and two quotes inside one stand for one); its line break is not counted.
 *
 * <p>Every character before the one over the limit is passed on, so the records before it can
 * still be parsed; the next read then throws {@link RecordTooLongException}. Not thread-safe.
 */
final class BoundedRecordReader extends FilterReader {

    /** Where the reader stands in the CSV grammar. */
    private enum State { VALUE_START, PLAIN, QUOTED, QUOTE_IN_QUOTED }

    private final int limit;
    private State state = State.VALUE_START;
    private long recordLength;
    private long line = 1;
    private long recordLine = 1;
    private boolean afterCarriageReturn;
    private boolean exceeded;

    BoundedRecordReader(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (exceeded) {
            throw tooLong();
        }
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            if (!admit(buffer[offset + i])) {
                exceeded = true;
                if (i == 0) {
                    throw tooLong();
                }
                return i;
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        char[] skipped = new char[(int) Math.min(Math.max(n, 0), 8192)];
        int read = skipped.length == 0 ? 0 : read(skipped, 0, skipped.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark is not supported");
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("reset is not supported");
    }

    /** Takes one character; answers false if it makes the record longer than the limit. */
    private boolean admit(char c) {
        boolean lineBreak = c == '\r' || c == '\n';
        if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
            line++;
        }
        afterCarriageReturn = c == '\r';
        if (lineBreak && state != State.QUOTED) {
            state = State.VALUE_START;
            recordLength = 0;
            recordLine = line;
            return true;
        }
        state = next(c);
        recordLength++;
        return recordLength <= limit;
    }

    private State next(char c) {
        return switch (state) {
            case VALUE_START -> c == '"' ? State.QUOTED : c == ',' ? State.VALUE_START : State.PLAIN;
            case PLAIN -> c == ',' ? State.VALUE_START : State.PLAIN;
            case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
            case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : c == ',' ? State.VALUE_START : State.PLAIN;
        };
    }

    private RecordTooLongException tooLong() {
        return new RecordTooLongException(recordLine, limit);
    }

    /** Thrown by the reader when a record is longer than the limit; its message holds no content. */
    static final class RecordTooLongException extends IOException {

        private static final long serialVersionUID = 1L;

        RecordTooLongException(long line, int limit) {
            super("The CSV record starting on line " + line + " is longer than the limit of " + limit
                    + " characters");
        }
    }
}

package org.judicialmetrics.run;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local disk as a Hadoop store of scheme {@code fulldisk://} ({@code fs.fulldisk.impl}) that fills up: once
 * {@link #limit} bytes have been written through it (all files together, from when the limit was set), every write
 * fails with the IOException a full Linux disk gives. A negative limit (the default) never fills.
 */
public class FullDiskFileSystem extends RawLocalFileSystem {

    public static final String SCHEME = "fulldisk";
    static final AtomicLong limit = new AtomicLong(-1);
    static final AtomicLong written = new AtomicLong();

    /** From now on, writes fail once {@code bytes} more have been written. */
    static void fillAfter(long bytes) {
        written.set(0);
        limit.set(bytes);
    }

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
                                     short replication, long blockSize, Progressable progress) throws IOException {
        return limited(super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress));
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
                                     Progressable progress) throws IOException {
        return limited(super.create(f, overwrite, bufferSize, replication, blockSize, progress));
    }

    @Override
    public FSDataOutputStream createNonRecursive(Path f, FsPermission permission, boolean overwrite, int bufferSize,
                                                 short replication, long blockSize, Progressable progress)
            throws IOException {
        return limited(super.createNonRecursive(f, permission, overwrite, bufferSize, replication, blockSize, progress));
    }

    private FSDataOutputStream limited(FSDataOutputStream inner) throws IOException {
        return new FSDataOutputStream(new OutputStream() {
            private void take(int n) throws IOException {
                long max = limit.get();
                if (max >= 0 && written.addAndGet(n) > max) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void write(int b) throws IOException {
                take(1);
                inner.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                take(len);
                inner.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                inner.flush();
            }

            @Override
            public void close() throws IOException {
                inner.close();
            }
        }, null);
    }
}

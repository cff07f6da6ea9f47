package org.judicialmetrics.publish;

import java.io.IOException;
import java.io.InputStream;
import org.judicialmetrics.storage.Location;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files and bytes, for the manifest's record of exactly which inputs and spec a run used. */
public final class Checksums {
    private Checksums() {
    }

    public static String sha256(Location file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = file.open()) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

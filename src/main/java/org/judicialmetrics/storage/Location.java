package org.judicialmetrics.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.LocatedFileStatus;

/**
 * A file or folder on any Hadoop file system (a local disk, HDFS, S3 through s3a, or any store whose connector is on
 * the classpath): the one way the product reads and writes storage. A plain path is local and relative to the
 * caller's working directory; anything with a scheme is a URI.
 */
public final class Location implements Comparable<Location> {

    /** {@code scheme:} as RFC 3986 spells it; one letter is left out so a Windows drive is not taken for a scheme. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    private final Path path;
    /** How messages name it, when that is not its path (a file packaged in the jar). */
    private final String display;

    private Location(Path path) {
        this(path, null);
    }

    private Location(Path path, String display) {
        this.path = path;
        this.display = display;
    }

    /**
     * A file packaged in the application (a bundled profile), named in messages as {@code name}; it cannot be read
     * through storage.
     */
    public static Location packaged(String name) {
        return new Location(new Path("jar:/" + name.replace(' ', '_')), name);
    }

    /** A location as a user gives it: {@code hdfs://nn/data}, {@code s3a://bucket/reports}, {@code file:///x} or a path. */
    public static Location of(String given) {
        Objects.requireNonNull(given, "location");
        if (given.isBlank()) {
            throw new StorageException("an empty path was given where a file or folder was expected");
        }
        if (SCHEME.matcher(given).matches()) {
            URI uri;
            try {
                uri = new URI(given);
            } catch (URISyntaxException e) {
                throw new StorageException(given + ": not a valid URI (" + e.getReason() + ")");
            }
            if (uri.getScheme().equals("file")) {
                return local(java.nio.file.Path.of(uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath()));
            }
            return new Location(new Path(uri).makeQualified(uri, new Path("/")));
        }
        return local(java.nio.file.Path.of(given));
    }

    /** A local path, made absolute against the working directory. */
    public static Location local(java.nio.file.Path local) {
        String abs = local.toAbsolutePath().normalize().toString().replace(java.io.File.separatorChar, '/');
        try {
            // not Path.toUri(): it ends a folder's URI with '/', which would leave the location without a name
            return new Location(new Path(new URI("file", null, abs.startsWith("/") ? abs : "/" + abs, null)));
        } catch (URISyntaxException e) {
            throw new StorageException(local + ": not a valid path (" + e.getReason() + ")");
        }
    }

    /** The folder or file {@code child} (one name or a relative path with '/') under this one. */
    public Location resolve(String child) {
        if (child.isEmpty()) {
            return this;
        }
        if (isLocal()) {
            return local(toLocalPath().resolve(child));
        }
        return new Location(new Path(path, child));
    }

    /** A sibling of this location, e.g. {@code .name.previous}. */
    public Location sibling(String name) {
        return parent().resolve(name);
    }

    public Location parent() {
        Path p = path.getParent();
        return p == null ? this : new Location(p);
    }

    /** The last name of the path. */
    public String name() {
        return path.getName();
    }

    /** The URI scheme: {@code file}, {@code hdfs}, {@code s3a}, ... */
    public String scheme() {
        return path.toUri().getScheme();
    }

    public boolean isLocal() {
        return "file".equals(scheme());
    }

    /** The local file of a {@code file:} location; a remote one has none. */
    public java.nio.file.Path toLocalPath() {
        if (!isLocal()) {
            throw new IllegalStateException(this + " is not on the local file system");
        }
        return java.nio.file.Path.of(path.toUri());
    }

    /** The fully qualified URI, as Spark reads and writes it. */
    public String uri() {
        return path.toString();
    }

    public Path hadoopPath() {
        return path;
    }

    /** The path relative to {@code base}, with '/' between names, or the whole path when it is not under base. */
    public String relativeTo(Location base) {
        String b = base.path.toUri().getPath();
        String p = path.toUri().getPath();
        if (Objects.equals(base.path.toUri().getScheme(), path.toUri().getScheme()) && p.startsWith(b.endsWith("/") ? b : b + "/")) {
            return p.substring(b.length() + (b.endsWith("/") ? 0 : 1));
        }
        return toString();
    }

    /** Whether this location is {@code other} or lies under it. */
    public boolean isWithin(Location other) {
        return equals(other) || !relativeTo(other).equals(toString());
    }

    /** The file system holding this location; a local one without Hadoop's {@code .crc} side files. */
    FileSystem fs() {
        try {
            FileSystem fs = path.getFileSystem(HadoopSettings.configuration());
            return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
        } catch (org.apache.hadoop.fs.UnsupportedFileSystemException e) {
            throw new StorageException(this + ": no connector for " + scheme() + ":// on the classpath"
                    + " (add the Hadoop connector jar of that store, e.g. hadoop-aws for s3a)", e);
        } catch (IOException e) {
            throw failure("cannot be opened", e);
        }
    }

    public boolean exists() {
        return status() != null;
    }

    public boolean isFile() {
        FileStatus s = status();
        return s != null && s.isFile();
    }

    public boolean isDirectory() {
        FileStatus s = status();
        return s != null && s.isDirectory();
    }

    /** The size in bytes of a file. */
    public long size() {
        FileStatus s = status();
        if (s == null) {
            throw new StorageException(this + ": not found");
        }
        return s.getLen();
    }

    /** When the file or folder was last modified, in milliseconds since the epoch. */
    public long modified() {
        FileStatus s = status();
        if (s == null) {
            throw new StorageException(this + ": not found");
        }
        return s.getModificationTime();
    }

    private FileStatus status() {
        try {
            return fs().getFileStatus(path);
        } catch (FileNotFoundException e) {
            return null;
        } catch (IOException e) {
            throw failure("cannot be read", e);
        }
    }

    /** The entries of a folder, sorted by name; none when it does not exist. */
    public List<Location> list() {
        try {
            FileStatus[] entries = fs().listStatus(path);
            return Arrays.stream(entries).map(s -> new Location(s.getPath())).sorted().toList();
        } catch (FileNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw failure("cannot be listed", e);
        }
    }

    /** Every file under a folder, at any depth, sorted by path; the file itself when this is a file. */
    public List<Location> files() {
        List<Location> out = new ArrayList<>();
        try {
            RemoteIterator<LocatedFileStatus> it = fs().listFiles(path, true);
            while (it.hasNext()) {
                out.add(new Location(it.next().getPath()));
            }
        } catch (FileNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw failure("cannot be listed", e);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** The files and folders a glob ({@code *}, {@code ?}, {@code [ab]}, {@code {a,b}}) in this path matches, sorted. */
    public List<Location> glob() {
        try {
            FileStatus[] matched = fs().globStatus(path);
            return matched == null ? List.of() : Arrays.stream(matched).map(st -> new Location(st.getPath())).sorted().toList();
        } catch (IOException e) {
            throw failure("cannot be listed", e);
        }
    }

    public InputStream open() {
        try {
            return fs().open(path);
        } catch (FileNotFoundException e) {
            throw new StorageException(this + ": not found", e);
        } catch (IOException e) {
            throw failure("cannot be read", e);
        }
    }

    public byte[] readBytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw failure("cannot be read", e);
        }
    }

    public String readString() {
        return new String(readBytes(), StandardCharsets.UTF_8);
    }

    /** A new file (its folders made), replacing one that exists. */
    public OutputStream create() {
        try {
            return fs().create(path, true);
        } catch (IOException e) {
            throw failure("cannot be written", e);
        }
    }

    /** Writes a whole file: on an object store one PUT, so readers see the old content or the new, never a part. */
    public void write(byte[] content) {
        try (OutputStream out = create()) {
            out.write(content);
        } catch (IOException e) {
            throw failure("cannot be written", e);
        }
    }

    public void writeString(String content) {
        write(content.getBytes(StandardCharsets.UTF_8));
    }

    /** Creates a file only when none exists: false when one does (the store's atomic create, as a lock needs). */
    public boolean createNew(byte[] content) {
        if (isLocal()) {
            try {
                java.nio.file.Files.createDirectories(toLocalPath().getParent());
                java.nio.file.Files.write(toLocalPath(), content, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
                return true;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return false;
            } catch (IOException e) {
                throw failure("cannot be created", e);
            }
        }
        try (OutputStream out = fs().create(path, false)) {
            out.write(content);
            return true;
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            if (exists()) {
                return false;
            }
            throw failure("cannot be created", e);
        }
    }

    /** Makes the folder and lets only its owner read, write or list it (where the store has permissions). */
    public void mkdirsOwnerOnly() {
        try {
            mkdirs();
            fs().setPermission(path, new org.apache.hadoop.fs.permission.FsPermission((short) 0700));
        } catch (IOException | UnsupportedOperationException e) {
            if (e instanceof IOException io) {
                throw failure("cannot be restricted to its owner", io);
            }
        }
    }

    public void mkdirs() {
        try {
            fs().mkdirs(path);
        } catch (IOException e) {
            throw failure("cannot be created", e);
        }
    }

    /** Deletes a file or a folder with everything in it; nothing happens when it does not exist. */
    public void delete() {
        try {
            fs().delete(path, true);
        } catch (FileNotFoundException e) {
            // already gone
        } catch (IOException e) {
            throw failure("cannot be deleted", e);
        }
    }

    /** Renames this file or folder to {@code target}, which must not exist (its parent is made). */
    public void renameTo(Location target) {
        try {
            target.parent().mkdirs();
            if (!fs().rename(path, target.path)) {
                throw new StorageException(this + ": cannot be renamed to " + target
                        + (target.exists() ? " (it exists)" : ""));
            }
        } catch (IOException e) {
            throw failure("cannot be renamed to " + target, e);
        }
    }

    /** Copies a local folder's files (or a local file) here, keeping their relative paths. */
    public void copyFromLocal(java.nio.file.Path local) {
        try {
            if (java.nio.file.Files.isRegularFile(local)) {
                try (InputStream in = java.nio.file.Files.newInputStream(local); OutputStream out = create()) {
                    in.transferTo(out);
                }
                return;
            }
            List<java.nio.file.Path> files;
            try (var walk = java.nio.file.Files.walk(local)) {
                files = walk.filter(java.nio.file.Files::isRegularFile).sorted().toList();
            }
            mkdirs();
            for (java.nio.file.Path f : files) {
                resolve(local.relativize(f).toString().replace(java.io.File.separatorChar, '/')).copyFromLocal(f);
            }
        } catch (IOException e) {
            throw failure("cannot be written from " + local, e);
        }
    }

    /** Copies every file under this folder to {@code target}, keeping their relative paths. */
    public void copyTo(Location target) {
        for (Location f : files()) {
            Location to = target.resolve(f.relativeTo(this));
            try (InputStream in = f.open(); OutputStream out = to.create()) {
                in.transferTo(out);
            } catch (IOException e) {
                throw failure("cannot be copied to " + to, e);
            }
        }
    }

    private StorageException failure(String what, IOException e) {
        return new StorageException(this + ": " + what + ": " + Storage.reason(e), e, toString());
    }

    /** The path as a user reads it: a plain path for a local file, else the URI. */
    @Override
    public String toString() {
        if (display != null) {
            return display;
        }
        return isLocal() ? toLocalPath().toString() : path.toString();
    }

    @Override
    public int compareTo(Location o) {
        return path.compareTo(o.path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && l.path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }
}

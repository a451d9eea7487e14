package failwise.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * Whether a file or folder someone else could have written may be read as one's own, by the rules ssh applies to
 * its files: owned by the current user (or root), not writable by group or others, and for a file not a symbolic
 * link. A compiled-rules entry holds the bytecode of the rules' actions and the launcher's class-data archive the
 * classes a run maps, so either, planted by another user, would run as the user who reads it.
 */
final class FileTrust {
    private static final Set<PosixFilePermission> SHARED_WRITE =
            Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private FileTrust() {
    }

    /** Why {@code path} must not be trusted, as a phrase ("it can be written by others (mode rwxrwxrwx)"), or null. */
    static String distrust(Path path) {
        boolean folder = Files.isDirectory(path);
        // A folder may be reached through a link of the user's own (~/.cache on another disk); a file may not.
        LinkOption[] how = folder ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        Map<String, Object> unix;
        try {
            unix = Files.readAttributes(path, "unix:uid,mode", how);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null; // no POSIX owners and modes here (Windows): nothing to check against
        } catch (IOException e) {
            return "it cannot be examined (" + e.getMessage() + ")";
        }
        if (!folder && Files.isSymbolicLink(path)) {
            return "it is a symbolic link";
        }
        int uid = (Integer) unix.get("uid");
        Integer me = currentUid();
        if (me != null && uid != me && uid != 0) {
            return "it is owned by user " + uid + ", not by you (user " + me + ")";
        }
        if (me == null) {
            String owner = owner(path, how);
            String user = System.getProperty("user.name");
            if (owner != null && !owner.equals(user) && !owner.equals("root")) {
                return "it is owned by " + owner + ", not by you (" + user + ")";
            }
        }
        int mode = (Integer) unix.get("mode");
        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString(permissions(mode));
        permissions.retainAll(SHARED_WRITE);
        if (!permissions.isEmpty()) {
            return "it can be written by others (mode " + permissions(mode) + ")";
        }
        return null;
    }

    /** The user id this process runs as, from a file the process owns; null when it cannot be told. */
    static Integer currentUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String owner(Path path, LinkOption[] how) {
        try {
            return Files.getOwner(path, how).getName();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String permissions(int mode) {
        StringBuilder out = new StringBuilder(9);
        String letters = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            out.append((mode & (1 << (8 - i))) != 0 ? letters.charAt(i) : '-');
        }
        return out.toString();
    }
}

package failwise.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Wakes the watcher early when the file system reports a change in a watched folder. Only a hint: some file
 * systems report late or never, which is why the watcher also polls; when no watch service is available at all,
 * this just waits out the poll interval.
 */
final class ChangeSignal implements AutoCloseable {
    private final WatchService service;

    ChangeSignal(Path rules, Iterable<Path> facts) {
        WatchService s;
        try {
            s = FileSystems.getDefault().newWatchService();
            Set<Path> folders = new HashSet<>();
            if (rules != null && Files.isDirectory(rules)) {
                try (Stream<Path> walk = Files.walk(rules)) {
                    walk.filter(Files::isDirectory).forEach(folders::add);
                }
            }
            facts.forEach(f -> folders.add(f.toAbsolutePath().getParent()));
            for (Path folder : folders) {
                if (folder != null && Files.isDirectory(folder)) {
                    folder.register(s, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            s = null;
        }
        this.service = s;
    }

    /**
     * Waits up to {@code timeout} for events; returns the absolute paths they name (empty after a timeout).
     * Throws {@link InterruptedException} when the thread is interrupted, the way to stop a blocked watcher.
     */
    Set<Path> await(Duration timeout) throws InterruptedException {
        Set<Path> paths = new HashSet<>();
        if (service == null) {
            Thread.sleep(timeout.toMillis());
            return paths;
        }
        try {
            WatchKey key = service.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            while (key != null) {
                Path folder = ((Path) key.watchable()).toAbsolutePath();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name) {
                        paths.add(folder.resolve(name).normalize());
                    }
                }
                key.reset();
                key = service.poll();
            }
        } catch (ClosedWatchServiceException stopped) {
            // stop() closed the service to wake this thread; the watcher sees it is stopped
        }
        return paths;
    }

    @Override
    public void close() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // closing only releases the watches; nothing is left to report
            }
        }
    }
}

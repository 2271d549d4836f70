package io.cxsite.build;

import io.cxsite.publish.OutputRule;
import io.cxsite.render.MediaTypes;
import io.cxsite.render.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A folder built earlier, handed over file by file as a render would hand its files to a check. */
final class BuiltFolder {
    private BuiltFolder() {
    }

    /** Every regular file under {@code folder} but cxsite's marker, in path order; symbolic links are not followed. */
    static void read(Path folder, Consumer<OutputFile> out) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "no such folder to check");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String path = folder.relativize(file).toString().replace('\\', '/');
            if (!path.equals(OutputRule.MARKER)) {
                out.accept(new OutputFile(path, MediaTypes.of(path), Files.readAllBytes(file)));
            }
        }
    }
}

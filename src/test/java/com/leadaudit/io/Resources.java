package com.leadaudit.io;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test helper: path of a fixture under src/test/resources/io. */
final class Resources {

    private Resources() {
    }

    static Path io(String name) {
        try {
            return Path.of(Resources.class.getResource("/io/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture io/" + name, e);
        }
    }
}

package com.leadaudit.scan;

import com.leadaudit.io.MappingKind;
import com.leadaudit.io.MappingKinds;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code kind = badge-scan} in a mapping file: a lead-retrieval export whose headers no built-in synonym knows. Its
 * fields are exactly those of {@link BadgeScanSchema}, so a mapped file is read by the same row mapper.
 */
@Component
public class BadgeScanMappingKind implements MappingKinds {

    public static final String NAME = "badge-scan";

    @Override
    public List<MappingKind> mappingKinds() {
        return List.of(new MappingKind(NAME, List.copyOf(BadgeScanSchema.SCHEMA.synonymsByField().keySet()),
                Map.of()));
    }
}

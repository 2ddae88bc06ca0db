package com.leadaudit.io;

import java.util.List;

/**
 * Implemented by each importer package (badge scans, CRM) to declare the mapping-file kinds it understands, so the
 * reader of mapping files can check a file against every kind without knowing any of them.
 */
public interface MappingKinds {

    List<MappingKind> mappingKinds();
}

package com.leadaudit.crm;

import com.leadaudit.importing.FileRole;
import com.leadaudit.importing.LayoutMappings;
import com.leadaudit.importing.RowProblems;
import com.leadaudit.importing.RowSink;
import com.leadaudit.importing.TableFileImporter;
import com.leadaudit.io.DateOrder;
import com.leadaudit.io.LayoutMapping;
import com.leadaudit.io.MappedRow;
import com.leadaudit.io.TableSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Imports one CRM export of any recognised kind (SPEC §4, §6, §7). */
@Component
public class CrmImporter {

    private final TableFileImporter files;
    private final JdbcTemplate jdbc;

    public CrmImporter(TableFileImporter files, JdbcTemplate jdbc) {
        this.files = files;
        this.jdbc = jdbc;
    }

    public TableFileImporter.Result importFile(Path file, String relPath, String crmCountry, DateOrder defaultOrder) {
        return importFile(file, relPath, crmCountry, defaultOrder, LayoutMappings.Loaded.NONE);
    }

    /** As above, with the operator's CRM mapping files recognised before the built-in layouts. */
    public TableFileImporter.Result importFile(Path file, String relPath, String crmCountry, DateOrder defaultOrder,
                                               LayoutMappings.Loaded mappings) {
        return importFile(file, relPath, crmCountry, defaultOrder, mappings, null);
    }

    /** As above, the file counting as imported at {@code importedAt} (null: now): the newer file's rows win. */
    public TableFileImporter.Result importFile(Path file, String relPath, String crmCountry, DateOrder defaultOrder,
                                               LayoutMappings.Loaded mappings, java.time.Instant importedAt) {
        return importFile(files.content(file, relPath), file, crmCountry, defaultOrder, mappings, importedAt);
    }

    /** As above, the file's content already looked at by the caller. */
    public TableFileImporter.Result importFile(TableFileImporter.Content content, Path file, String crmCountry,
                                               DateOrder defaultOrder, LayoutMappings.Loaded mappings,
                                               java.time.Instant importedAt) {
        List<TableSchema> schemas = new ArrayList<>();
        mappings.ofKinds(CrmMappingKinds.ALL).stream().map(LayoutMapping::schema).forEach(schemas::add);
        schemas.addAll(CrmSchemas.ALL);
        // "owners=2": owner ids are kept with the form the file wrote them in (SPEC §14), so files imported before
        // are read again once
        String settings = "crm-country=" + crmCountry + "|mappings=" + mappings.fingerprint(CrmMappingKinds.ALL)
                + "|owners=2";
        return files.importFile(content, file, FileRole.CRM, null, settings, schemas,
                defaultOrder, (fileId, layout, context) -> {
                    CrmRowWriter writer = new CrmRowWriter(jdbc.getDataSource(), fileId);
                    CrmRowMapper mapper = new CrmRowMapper(layout, context, crmCountry, writer);
                    Optional<MappedCrmRows> mapped = mappings.byLabel(layout.schema().kind())
                            .map(mapping -> new MappedCrmRows(mapping, context, mapper));
                    return new RowSink() {
                        @Override
                        public void accept(MappedRow row, RowProblems problems) {
                            if (mapped.isPresent()) {
                                mapped.get().map(row, problems);
                            } else {
                                mapper.map(row, problems);
                            }
                        }

                        @Override
                        public void finish(RowProblems problems) {
                            writer.flush();
                            mapper.finish(problems);
                            CrmRepository.writeOwnerForms(jdbc.getDataSource(), fileId, mapper.ownerForms());
                        }
                    };
                }, importedAt);
    }
}

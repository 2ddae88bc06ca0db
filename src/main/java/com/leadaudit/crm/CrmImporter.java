package com.leadaudit.crm;

import com.leadaudit.io.DateOrder;
import com.leadaudit.io.FileRole;
import com.leadaudit.io.MappedRow;
import com.leadaudit.io.RowProblems;
import com.leadaudit.io.RowSink;
import com.leadaudit.io.TableFileImporter;
import java.nio.file.Path;
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
        return files.importFile(file, relPath, FileRole.CRM, null, "crm-country=" + crmCountry, CrmSchemas.ALL,
                defaultOrder, (fileId, layout, context) -> {
                    CrmRowWriter writer = new CrmRowWriter(jdbc.getDataSource(), fileId);
                    CrmRowMapper mapper = new CrmRowMapper(layout, context, crmCountry, writer);
                    return new RowSink() {
                        @Override
                        public void accept(MappedRow row, RowProblems problems) {
                            mapper.map(row, problems);
                        }

                        @Override
                        public void finish(RowProblems problems) {
                            writer.flush();
                        }
                    };
                });
    }
}

package com.leadaudit.run;

import com.leadaudit.importing.SourceFiles;
import com.leadaudit.importing.StagingRows;
import com.leadaudit.rebuild.DerivedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Before a run: when the staging rows were lost (PostgreSQL emptied its unlogged tables in a crash recovery, or the
 * database was restored from a file-level backup; V25), forgets every imported file and every derived set, so that
 * the run reads every file again and rebuilds everything from them, as on a first night. Without this, the files
 * would count as imported while their rows were gone: leads, people and activities rebuilt from nothing.
 */
@Component
public class StagingRecovery {

    private static final Logger log = LoggerFactory.getLogger(StagingRecovery.class);

    private final StagingRows staging;
    private final SourceFiles files;
    private final DerivedState derived;
    private final TransactionTemplate tx;

    public StagingRecovery(StagingRows staging, SourceFiles files, DerivedState derived, TransactionTemplate tx) {
        this.staging = staging;
        this.files = files;
        this.derived = derived;
        this.tx = tx;
    }

    /** True when rows were lost and their files are now forgotten: a run left unfinished must start over. */
    public boolean recoverIfLost() {
        if (!staging.lost()) {
            return false;
        }
        Integer forgotten = tx.execute(status -> {
            int n = files.forgetAll();
            derived.forgetAll();
            staging.markIntact();
            return n;
        });
        if (forgotten == null || forgotten == 0) {
            return false;  // no file was registered (a database emptied by hand): no rows to lose
        }
        log.warn("The database lost the rows read from the input files since the last run (its server crashed, or it "
                + "was restored from a backup): {} files are read again and everything built from them is rebuilt",
                forgotten);
        return true;
    }
}

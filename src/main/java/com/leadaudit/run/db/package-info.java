/**
 * The database a run uses: the embedded PostgreSQL under the data dir when no datasource is configured (started,
 * locked, its orphans stopped), the connection pool's size, and the new-transaction template. Depends on no other
 * leadaudit package.
 */
package com.leadaudit.run.db;

/**
 * Importing input files into the database (SPEC §3–§4): the export files of an input folder, each imported as a unit
 * (unchanged content skipped, a twin counted once) and registered in table {@code source_file} with its rejected rows
 * ({@code rejected_row}) and warnings ({@code import_warning}); the mapping files registered likewise; COPY into the
 * staging tables; independent work on a small pool. Uses io to read the files; depends on nothing else.
 */
package com.leadaudit.importing;

package vn.anm.assistant.report;

import vn.anm.assistant.database.OnPostgres;

/** The report repository on the real PostgreSQL at 127.0.0.1:5432. */
@OnPostgres(schema = LocalPostgres.SCHEMA)
class ReportStorePostgresTests extends ReportStoreContract {
}

package org.stiel.platform.db;

/**
 * One SQL block that gives every object of the current database that {@code from} owns, outside the system schemas
 * and outside extensions, to {@code to}. PostgreSQL's own {@code REASSIGN OWNED} refuses the bootstrap superuser, so
 * the catalog is walked: schemas, tables, views and stand-alone sequences (indexes, triggers and a column's sequence
 * follow their table), functions, procedures and aggregates, types and domains, text search configurations and
 * dictionaries — every kind the migrations create.
 */
final class OwnershipTransfer {

    private OwnershipTransfer() {}

    static String sql(String from, String to) {
        return """
                DO $transfer$
                DECLARE
                    item record;
                BEGIN
                    FOR item IN
                        WITH user_namespace AS (
                            SELECT oid, nspname FROM pg_namespace
                             WHERE nspname NOT IN ('pg_catalog', 'information_schema')
                               AND nspname NOT LIKE 'pg\\_toast%%' AND nspname NOT LIKE 'pg\\_temp%%'
                        ), extension_member AS (
                            SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
                        )
                        SELECT 'SCHEMA ' || quote_ident(n.nspname) AS object
                          FROM user_namespace n JOIN pg_namespace s ON s.oid = n.oid
                         WHERE s.nspowner = '%1$s'::regrole
                           AND (s.tableoid, s.oid) NOT IN (SELECT * FROM extension_member)
                        UNION ALL
                        SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE ' WHEN 'v' THEN 'VIEW '
                                   WHEN 'm' THEN 'MATERIALIZED VIEW ' WHEN 'f' THEN 'FOREIGN TABLE '
                                   WHEN 'c' THEN 'TYPE ' ELSE 'TABLE ' END || c.oid::regclass::text
                          FROM pg_class c JOIN user_namespace n ON n.oid = c.relnamespace
                         WHERE c.relowner = '%1$s'::regrole AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S', 'c')
                           AND (c.tableoid, c.oid) NOT IN (SELECT * FROM extension_member)
                           AND NOT (c.relkind = 'S' AND EXISTS (
                               SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                  AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))
                        UNION ALL
                        SELECT CASE p.prokind WHEN 'a' THEN 'AGGREGATE ' WHEN 'p' THEN 'PROCEDURE '
                                   ELSE 'FUNCTION ' END || p.oid::regprocedure::text
                          FROM pg_proc p JOIN user_namespace n ON n.oid = p.pronamespace
                         WHERE p.proowner = '%1$s'::regrole
                           AND (p.tableoid, p.oid) NOT IN (SELECT * FROM extension_member)
                        UNION ALL
                        SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN ' ELSE 'TYPE ' END || t.oid::regtype::text
                          FROM pg_type t JOIN user_namespace n ON n.oid = t.typnamespace
                         WHERE t.typowner = '%1$s'::regrole AND t.typtype IN ('d', 'e', 'r')
                           AND (t.tableoid, t.oid) NOT IN (SELECT * FROM extension_member)
                        UNION ALL
                        SELECT 'TEXT SEARCH CONFIGURATION ' || c.oid::regconfig::text
                          FROM pg_ts_config c JOIN user_namespace n ON n.oid = c.cfgnamespace
                         WHERE c.cfgowner = '%1$s'::regrole
                           AND (c.tableoid, c.oid) NOT IN (SELECT * FROM extension_member)
                        UNION ALL
                        SELECT 'TEXT SEARCH DICTIONARY ' || d.oid::regdictionary::text
                          FROM pg_ts_dict d JOIN user_namespace n ON n.oid = d.dictnamespace
                         WHERE d.dictowner = '%1$s'::regrole
                           AND (d.tableoid, d.oid) NOT IN (SELECT * FROM extension_member)
                    LOOP
                        EXECUTE 'ALTER ' || item.object || ' OWNER TO %2$s';
                    END LOOP;
                END
                $transfer$
                """.formatted(from, to);
    }
}

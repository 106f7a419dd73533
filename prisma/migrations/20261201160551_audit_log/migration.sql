-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "note" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEntry_objectType_objectId_at_idx" ON "AuditEntry"("objectType", "objectId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_action_at_idx" ON "AuditEntry"("action", "at");

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Append-only, enforced by the database. In embedded PostgreSQL the application's role owns the
-- table, so privileges alone cannot stop it: this trigger refuses every UPDATE and DELETE
-- (and TRUNCATE) whoever runs it. A deployment with a separate application role should also run
--   REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEntry" FROM app_role
--   GRANT SELECT, INSERT ON "AuditEntry" TO app_role
-- The body is an E'' string with \073 for each semicolon: Prisma's migration runner splits the
-- script at every semicolon (even inside dollar quotes), so the function text must contain none.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN RAISE EXCEPTION ''AuditEntry is append-only: % refused'', TG_OP USING ERRCODE = ''insufficient_privilege''\073 END\073';

CREATE TRIGGER "AuditEntry_append_only"
    BEFORE UPDATE OR DELETE ON "AuditEntry"
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

CREATE TRIGGER "AuditEntry_no_truncate"
    BEFORE TRUNCATE ON "AuditEntry"
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();

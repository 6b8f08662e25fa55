// The data step of migration 0012 (ADR 018): SQL cannot encrypt, so the migration moved each contribution's
// plain content and metadata to `contributions_unsealed`. This step seals every such row with the configured
// key and drops the holding table in one transaction, then rebuilds the file so no plain byte is left in it.
// Idempotent: once the holding table is gone it does nothing; a crash half-way leaves the plain rows as they were.
import { z } from "zod";
import { getDb } from "../db.server";
import { electionTypes, organisationKinds, type SealedContribution } from "../insights";
import { sealContribution } from "./contribution-box.server";

const holdingTable = "contributions_unsealed";

const plainRowSchema = z.object({
  seq: z.number().int(),
  organisation_kind: z.enum(organisationKinds),
  election_type: z.enum(electionTypes),
  questionnaire_version: z.number().int(),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  domain_scores: z.string(),
  maturities: z.string(),
  withdrawn: z.union([z.literal(0), z.literal(1)]),
});
const domainScoresSchema = z.record(z.string(), z.number().nullable());
const maturitiesSchema = z.record(z.string(), z.union([z.number().int(), z.literal("na"), z.literal("dk")]));

function contentsOf(row: z.infer<typeof plainRowSchema>): SealedContribution {
  const groups = { organisationKind: row.organisation_kind, electionType: row.election_type };
  // A withdrawn contribution's scores were already erased; its box keeps only the two groups, as withdrawing does now.
  if (row.withdrawn === 1) return { withdrawn: true, groups };
  return {
    withdrawn: false,
    payload: {
      ...groups,
      questionnaireVersion: row.questionnaire_version,
      month: row.month,
      domainScores: domainScoresSchema.parse(JSON.parse(row.domain_scores)),
      maturities: maturitiesSchema.parse(JSON.parse(row.maturities)),
    },
  };
}

/** A plain row and what its box will hold; null when it is not a contribution (the message names no value). */
function readPlainRow(raw: unknown): { row: z.infer<typeof plainRowSchema>; sealed: SealedContribution } | null {
  const parsed = plainRowSchema.safeParse(raw);
  if (!parsed.success) return null;
  try {
    return { row: parsed.data, sealed: contentsOf(parsed.data) };
  } catch {
    return null;
  }
}

/**
 * Seals the plain contributions an older database still holds; returns how many it sealed (0 when there
 * were none, also on every later start). Throws, changing nothing, when a plain row is not a contribution.
 */
export function sealPlainContributions(): number {
  const sqlite = getDb().$client;
  if (!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(holdingTable)) return 0;
  const seal = sqlite.transaction((): number => {
    const update = sqlite.prepare("UPDATE contributions SET sealed = ? WHERE seq = ?");
    const rows = sqlite.prepare(`SELECT * FROM ${holdingTable}`).all();
    for (const raw of rows) {
      const contents = readPlainRow(raw);
      if (!contents) throw new Error("Weerbaar: a plain contribution could not be read; nothing was sealed (migration 0012)");
      const { row } = contents;
      if (update.run(sealContribution({ seq: row.seq, contents: contents.sealed }), row.seq).changes !== 1)
        throw new Error(`Weerbaar: plain contribution ${row.seq} has no row to seal into; nothing was sealed (migration 0012)`);
    }
    const empty = sqlite.prepare("SELECT count(*) AS n FROM contributions WHERE length(sealed) = 0").get();
    if (!empty || typeof empty !== "object" || !("n" in empty) || empty.n !== 0)
      throw new Error("Weerbaar: a contribution has neither a plain copy nor a box; nothing was sealed (migration 0012)");
    // secure_delete is on, so the pages of the dropped table are zeroed in the file.
    sqlite.exec(`DROP TABLE ${holdingTable}`);
    return rows.length;
  });
  const sealed = seal.immediate();
  // VACUUM rewrites the file from the live rows: fragments of plain values that older versions wrote before
  // secure_delete was on (free pages, freed space inside pages) are gone too, and the truncating checkpoint
  // clears the write-ahead log, whose older frames still hold the plain pages. Once per database.
  sqlite.exec("VACUUM");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  return sealed;
}

// Synthetic organisations with submitted, shared assessments: for the demo data, `npm run seed:synthetic`
// and the insights benchmark. Never run in production (the callers check).
import { eq } from "drizzle-orm";
import { answers, assessments, organisations, users } from "../../db/schema";
import { getDb } from "../db.server";
import { buildContribution, syntheticOrganisation } from "../insights";
import { currentQuestionnaire } from "../questionnaire/current";
import { createId } from "../utils/crypto.server";
import { storeContribution } from "./insights.server";

/** The one account that "created" synthetic assessments. Disabled, with no usable password: it cannot sign in. */
export const syntheticUserEmail = "synthetisch@weerbaar.invalid";

function syntheticUserId(now: Date): string {
  const db = getDb();
  const existing = db.select({ id: users.id }).from(users).where(eq(users.email, syntheticUserEmail)).get();
  if (existing) return existing.id;
  const id = createId();
  db.insert(users)
    .values({ id, email: syntheticUserEmail, name: "Synthetische gegevens", passwordHash: "!synthetic-account-cannot-sign-in", disabledAt: now })
    .run();
  return id;
}

/**
 * Creates `count` synthetic organisations (numbered from `from`), each with one submitted assessment that
 * it shares. Deterministic per seed: organisation i always gets the same type, election and answers.
 */
export function createSyntheticOrganisations({ count, seed, from = 1, now = new Date() }: { count: number; seed: number; from?: number; now?: Date }): {
  created: number;
} {
  const db = getDb();
  const userId = syntheticUserId(now);
  const questionnaire = currentQuestionnaire;
  const batch = 250;
  for (let start = 0; start < count; start += batch) {
    db.transaction((tx) => {
      for (let offset = start; offset < Math.min(count, start + batch); offset++) {
        const index = from + offset;
        const org = syntheticOrganisation({ seed, index, questionnaire });
        const organisationId = createId();
        const assessmentId = createId();
        tx.insert(organisations)
          .values({
            id: organisationId,
            name: `Synthetische organisatie ${seed}-${String(index).padStart(5, "0")}`,
            kind: org.organisationKind,
            createdAt: org.submittedAt,
          })
          .run();
        tx.insert(assessments)
          .values({
            id: assessmentId,
            organisationId,
            questionnaireVersion: questionnaire.version,
            electionType: org.electionType,
            electionDate: org.electionDate,
            status: "submitted",
            createdByUserId: userId,
            createdAt: new Date(org.submittedAt.getTime() - 14 * 86_400_000),
            submittedAt: org.submittedAt,
            submittedByUserId: userId,
            scoreSnapshot: org.scores,
            overallScore: org.scores.overall.rounded,
          })
          .run();
        const rows = Object.entries(org.answers).map(([questionId, value]) => ({
          assessmentId,
          questionId,
          kind: value.kind,
          optionId: value.kind === "option" ? value.optionId : null,
          updatedByUserId: userId,
          updatedAt: org.submittedAt,
        }));
        if (rows.length) tx.insert(answers).values(rows).run();
        const payload = buildContribution({
          organisationKind: org.organisationKind,
          electionType: org.electionType,
          questionnaire,
          answers: org.answers,
          scores: org.scores,
          submittedAt: org.submittedAt,
        });

        // The withdrawal code is dropped: nobody withdraws synthetic contributions.
        storeContribution(tx, payload);
        tx.update(assessments).set({ shared: true }).where(eq(assessments.id, assessmentId)).run();
      }
    });
  }
  return { created: count };
}

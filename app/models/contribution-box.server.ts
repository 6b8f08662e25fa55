// The sealed box of one contribution (ADR 018): its JSON (app/insights/sealed.ts), padded to one fixed size
// and encrypted with AES-256-GCM under the contributions key from the configuration, which is never in the
// database. Every box has the same length whatever it holds, so not even the size of a row can
// be matched to an assessment. The seq is bound as associated data: a box copied to another row does not open.
import { parseSealedContribution, sealedContributionText, type SealedContribution } from "../insights";
import { questionnaireVersions } from "../questionnaire/current";
import { configuredSecretBoxKey, openBytes, sealBytes } from "../security/secret-box.server";

/**
 * Plaintext bytes of every box: a 2-byte length, the JSON (maturities one character per question), zeros.
 * Today's largest contribution is about 330 bytes; 1 kB leaves room for a questionnaire several times as
 * long, while three rows fit in one database page and none needs an overflow page.
 */
export const contributionBoxPlaintextBytes = 1024;
const lengthBytes = 2;

const questionIds = new Map([...questionnaireVersions].map(([version, questionnaire]) => [version, questionnaire.questions.map((q) => q.id)]));
/** A version's question ids in order: the positions of the one-character maturities in the box. */
export function questionIdsOf(version: number): readonly string[] | undefined {
  return questionIds.get(version);
}

export class ContributionTooLargeError extends Error {
  override name = "ContributionTooLargeError";
}

function contextOf(seq: number): string {
  return `contribution:${seq}`;
}

/** The key that seals contributions: derived from ENCRYPTION_KEY (or SESSION_SECRET) with its own label. */
export function contributionKey(): Buffer {
  return configuredSecretBoxKey({ purpose: "contributions" });
}

/** The padded plaintext; throws rather than make a box of another size (its length would tell something). */
export function paddedContribution(contents: SealedContribution): Buffer {
  const text = Buffer.from(sealedContributionText(contents, questionIdsOf), "utf8");
  if (text.length > contributionBoxPlaintextBytes - lengthBytes)
    throw new ContributionTooLargeError(`a contribution takes ${text.length} bytes, more than the box holds`);
  const padded = Buffer.alloc(contributionBoxPlaintextBytes);
  padded.writeUInt16BE(text.length, 0);
  text.copy(padded, lengthBytes);
  return padded;
}

/** Seals a contribution (or what is left of a withdrawn one) for the row with this seq. */
export function sealContribution({ seq, contents, key = contributionKey() }: { seq: number; contents: SealedContribution; key?: Buffer }): Buffer {
  return sealBytes({ plaintext: paddedContribution(contents), context: contextOf(seq), key });
}

/** Opens a row's box; null when the key is not the one that sealed it, or the box was changed or moved. */
export function openContribution({ seq, sealed, key = contributionKey() }: { seq: number; sealed: Uint8Array; key?: Buffer }): SealedContribution | null {
  const plaintext = openBytes({ sealed, context: contextOf(seq), key });
  if (!plaintext || plaintext.length !== contributionBoxPlaintextBytes) return null;
  const length = plaintext.readUInt16BE(0);
  if (length > contributionBoxPlaintextBytes - lengthBytes) return null;
  return parseSealedContribution(plaintext.toString("utf8", lengthBytes, lengthBytes + length), questionIdsOf);
}

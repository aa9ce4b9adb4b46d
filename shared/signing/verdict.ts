/**
 * The verdict on a signed sheet (electron/main/signing/verifySheetPdf.ts), in words the app's Verify
 * dialog and `npm run verify-sheet` both print.
 */
export type SheetVerdictStatus =
  /** Intact, whole-document signature by this production's coordinator, on a version this file holds. */
  | 'valid'
  /** Signed, but changed after signing (bytes changed, an update appended, re-saved). */
  | 'altered'
  /** Intact signature, but by a certificate this production does not record as its coordinator's. */
  | 'foreign-signer'
  /** Intact signature by the coordinator, but its version is not in this production file. */
  | 'unknown-version'
  /** Intact signature, checked without a production: who signed and which version could not be checked. */
  | 'unchecked'
  /** A PDF without a signature. */
  | 'not-signed'
  /** Not a PDF, or not a sheet Closed Set can read. */
  | 'unreadable';

export interface SheetVerdict {
  readonly status: SheetVerdictStatus;
  /** One sentence saying why, for the user. */
  readonly reason: string;
  /** The certificate that signed, when the signature could be read. */
  readonly certificate: { readonly subjectName: string; readonly fingerprint: string } | null;
  /** The time in the signature dictionary (/M), ISO 8601, when present. */
  readonly signedAt: string | null;
  /** What the embedded sheet.json says it is. */
  readonly sheet: {
    readonly productionName: string | null;
    readonly sceneLabel: string | null;
    /** "Maya Okafor (Ruth) — performer’s copy". */
    readonly copyFor: string | null;
    /** null: the sheet is of a working draft, not an issued version. */
    readonly versionNumber: number | null;
    readonly versionHash: string | null;
    /** The sign-off block as printed: status is "Signed 10 Dec 2026 14:02 (typed name: …)", "Withdrawn …" or ''. */
    readonly signoffs: readonly { readonly role: string; readonly name: string; readonly status: string; readonly withdrawn: boolean }[];
  } | null;
  /** The version as this production file knows it (null when not checked or not found). */
  readonly version: { readonly number: number; readonly current: boolean; readonly currentNumber: number } | null;
}

const HEADLINES: Record<SheetVerdictStatus, string> = {
  valid: 'Valid: signed by this production’s coordinator and unchanged since.',
  altered: 'Altered: this sheet was changed after it was signed. Do not rely on it.',
  'foreign-signer': 'Not signed by this production’s coordinator.',
  'unknown-version': 'Signed by this production’s coordinator, but for a version this production file does not hold.',
  unchecked: 'The signature is intact, but it was not checked against a production.',
  'not-signed': 'Not signed: this PDF carries no signature.',
  unreadable: 'Not a sheet that can be checked.',
};

/** The verdict as a few short lines: the headline first, then what is known, most important first. */
export function verdictLines(v: SheetVerdict): string[] {
  const lines = [HEADLINES[v.status]];
  if (v.reason) lines.push(v.reason);
  if (v.sheet) {
    const what = [v.sheet.productionName, v.sheet.sceneLabel].filter(Boolean).join(' · ');
    const version = v.sheet.versionNumber != null && v.sheet.versionHash ? `version ${v.sheet.versionNumber} (${v.sheet.versionHash.slice(0, 12)})` : 'a working draft';
    lines.push(`${what ? `${what}, ` : ''}${version}${v.sheet.copyFor ? ` — ${v.sheet.copyFor}` : ''}.`);
  }
  if (v.version) {
    lines.push(
      v.version.current
        ? `Version ${v.version.number} is the scene’s current version.`
        : `Version ${v.version.number} is not the current version: the scene is at version ${v.version.currentNumber}.`,
    );
  }
  if (v.certificate) {
    lines.push(`Signed by ${v.certificate.subjectName}${v.signedAt ? ` on ${v.signedAt.slice(0, 10)}` : ''} (certificate SHA-256 ${formatFingerprint(v.certificate.fingerprint, 8)}…).`);
  }
  for (const s of v.sheet?.signoffs ?? []) {
    if (s.status) lines.push(`${s.role}: ${s.name} — ${s.status}.`);
  }
  return lines;
}

/** A fingerprint as colon-separated byte pairs, upper case, optionally only its first `bytes` bytes. */
export function formatFingerprint(hex: string, bytes?: number): string {
  const pairs = hex.toUpperCase().match(/../g) ?? [];
  return (bytes ? pairs.slice(0, bytes) : pairs).join(':');
}

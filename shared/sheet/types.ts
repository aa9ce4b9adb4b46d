import type { Reader } from '../records/privacy';

/**
 * The choreography sheet as plain data (docs/domain.md, "The choreography sheet"): what one reader's
 * copy says, already filtered by `visibleTo`, in the clinical words that go on paper. The HTML renderer
 * in main only lays it out; nothing is decided there.
 */

/** The version the sheet is of (the versions helper's `sceneVersion`), or null for the working draft. */
export interface SheetVersion {
  readonly number: number;
  /** SHA-256 of the version's canonical JSON, hex. */
  readonly hash: string;
  readonly note: string;
  readonly issuedAt: string;
}

/** A sign-off record as the sheet needs it (the versions helper's `signoff` record has these fields). */
export interface SheetSignoffInput {
  readonly role: SignoffRole;
  readonly performerId: string | null;
  readonly crewId: string | null;
  readonly typedName: string;
  readonly versionHash: string;
  readonly action: 'signed' | 'withdrawn';
  readonly signedAt: string;
}

export type SignoffRole = 'performer' | 'coordinator' | 'director' | 'producer';

export interface SheetOptions {
  readonly sceneId: string;
  readonly reader: Reader;
  readonly production: { readonly title: string; readonly company: string; readonly episode: string; readonly units: 'metric' | 'imperial' };
  readonly version: SheetVersion | null;
  readonly signoffs?: readonly SheetSignoffInput[];
  /** Who receives a copy (names and roles as they should be printed); the sheet's distribution line. */
  readonly distribution?: readonly string[];
  /** When the sheet is made (ISO); its revision date when there is no version. */
  readonly now: string;
}

export interface SheetHeader {
  readonly production: string;
  readonly company: string;
  readonly episode: string;
  readonly sceneNumber: string;
  readonly sceneTitle: string;
  readonly scriptPages: string;
  readonly set: string;
  /** "Mon 14 Dec 2026, call 07:30", or "Not scheduled yet". */
  readonly shootDate: string;
  /** "v3" or "Working draft (not issued)". */
  readonly version: string;
  readonly versionNote: string;
  readonly revisionDate: string;
  /** First 12 hex characters of the version hash, or '' for a draft. */
  readonly hashPrefix: string;
  readonly confidential: 'CONFIDENTIAL — closed-set material';
  /** "Maya Okafor (Ruth) — performer’s copy". */
  readonly copyFor: string;
  readonly contentFlags: readonly string[];
}

/** One labelled line of a block ("Pause word", "Hold"). */
export interface SheetLine {
  readonly label: string;
  readonly text: string;
}

/** A performer's own consent, as their copy (or the coordinator's file copy) prints it. */
export interface ConsentSummary {
  readonly performerId: string;
  /** "Maya Okafor (Ruth)". */
  readonly who: string;
  readonly rider: readonly SheetLine[];
  /** Region lists per channel: agreed, and not agreed (incl. "needs discussion" and unrecorded regions' notes). */
  readonly channels: readonly { readonly channel: string; readonly agreed: string; readonly notAgreed: string }[];
  /** Boundary notes ("left breast, show: side of breast yes, over the nipple no"). */
  readonly notes: readonly string[];
  /** Modesty garments fitted for them and their status. */
  readonly fittings: readonly string[];
  readonly standing: readonly string[];
}

/** What the director/crew copy needs of a performer's consent to stage the scene: regions only, no notes, no rider. */
export interface StagingLimits {
  readonly who: string;
  readonly lines: readonly string[];
}

export interface SheetCamera {
  readonly name: string;
  /** "50 mm, medium close-up, 2.39:1". */
  readonly setup: string;
  /** "In frame: Ruth’s head, face…" when the exposure check has spoken; null otherwise. */
  readonly inFrame: string | null;
}

export interface SheetBeat {
  readonly id: string;
  readonly number: number;
  /** "8 counts" or ''. */
  readonly counts: string;
  readonly description: string;
  readonly notes: string;
  readonly contacts: readonly string[];
  readonly garments: readonly string[];
  readonly barriers: readonly string[];
  /** Per performer on stage: "Ruth: no nudity" / "Ruth: topless (uncovered: left breast …)". */
  readonly nudity: readonly string[];
  readonly cameras: readonly SheetCamera[];
  readonly checkIn: boolean;
  /** The beat's floor plan, SVG built by shared/diagrams (user text escaped there). */
  readonly floorPlanSvg: string;
  /** Which 3D still goes with the beat: the first camera used, or the rehearsal view. */
  readonly still: { readonly cameraId: string | null; readonly caption: string };
}

export interface SignoffLine {
  readonly role: string;
  readonly name: string;
  /** "Signed 10 Dec 2026 14:02 (typed name: Maya Okafor)", "Withdrawn …", or '' (sign on paper). */
  readonly status: string;
  readonly withdrawn: boolean;
}

export interface SheetModel {
  readonly sceneId: string;
  readonly readerKind: Reader['kind'];
  /** The performer the copy is for (their id), or null for the crew and coordinator copies. */
  readonly performerId: string | null;
  readonly header: SheetHeader;
  readonly consent: readonly ConsentSummary[];
  readonly staging: readonly StagingLimits[];
  readonly closedSet: readonly SheetLine[];
  readonly safety: readonly SheetLine[];
  readonly beats: readonly SheetBeat[];
  readonly signoff: { readonly lines: readonly SignoffLine[]; readonly statements: readonly string[] };
  readonly distribution: string;
}

/**
 * The rehearsal packet as plain data: a cover, then one page per beat, large enough to read pinned on a
 * rehearsal-room wall. Built by `buildPacketModel` from a document already filtered by `visibleTo`; the
 * HTML in main only lays it out.
 */

export const PACKET_PAPERS = ['a4', 'letter'] as const;
export type PacketPaper = (typeof PACKET_PAPERS)[number];
export const PACKET_PAPER_LABELS: Readonly<Record<PacketPaper, string>> = { a4: 'A4 landscape', letter: 'US Letter landscape' };

/** Who the packet is for: the whole cast (the wall copy: staging only, no one's private consent) or one performer. */
export type PacketAudience = { readonly kind: 'cast' } | { readonly kind: 'performer'; readonly performerId: string };

/** What the coordinator chose in the export dialog. */
export interface PacketChoices {
  readonly sceneId: string;
  readonly audience: PacketAudience;
  /** The beats to print, by id (in the scene's order whatever order they are given in); null = every beat. */
  readonly beatIds: readonly string[] | null;
  /** Also print this camera's still on each beat page where the camera is used; null = rehearsal view only. */
  readonly cameraId: string | null;
  /** 3D stills on the beat pages (off: the floor plan takes the picture's place). */
  readonly stills: boolean;
  /** The floor plan's scale, as a denominator (50 = 1:50) or the largest that fits ('fit'). */
  readonly scale: number | 'fit';
  readonly paper: PacketPaper;
}

/** The version the packet is printed from and its sign-off state, as the versions records say (or a draft). */
export interface PacketVersionState {
  readonly number: number;
  readonly hash: string;
  readonly issuedAt: string;
  /** The staging printed is no longer exactly this version: the cover says it is the draft, changed since. */
  readonly draftChanged: boolean;
  /** One line per signer: "Maya Okafor — signed v3, the current version." */
  readonly signoffs: readonly string[];
}

export interface PacketLine {
  readonly label: string;
  readonly text: string;
}

export interface PacketCover {
  readonly production: string;
  readonly company: string;
  readonly episode: string;
  readonly sceneNumber: string;
  readonly sceneTitle: string;
  readonly scriptPages: string;
  readonly set: string;
  /** "Mon 14 Dec 2026, call 07:30" or "Not scheduled yet". */
  readonly shootDate: string;
  /** "Version 3 · #ab12cd34ef56", "Draft — changed since version 3" or "Draft — not issued". */
  readonly version: string;
  /** Sign-off lines, or the one honest line about a draft. */
  readonly signoff: readonly string[];
  /** "Full cast — staging only" or "Maya Okafor (Ruth) — performer’s copy". */
  readonly copyFor: string;
  readonly cast: readonly PacketLine[];
  /** Pause word, gesture, check-ins, robes, monitors. */
  readonly safety: readonly PacketLine[];
  /** The beats in this packet, one line each, for the index. */
  readonly beats: readonly { readonly number: number; readonly counts: string; readonly description: string; readonly checkIn: boolean }[];
  /** "Printed 2 Dec 2026 13:40 UTC". */
  readonly printed: string;
}

/** The performer's own private part (their copy only): limits in this scene and their garment fittings. */
export interface PacketPrivate {
  readonly who: string;
  /** "Not to be touched: lips, groin" — channels with regions not agreed (incl. needs discussion). */
  readonly limits: readonly string[];
  /** Boundary notes in force ("left breast: side of breast yes, over the nipple no"). */
  readonly notes: readonly string[];
  /** "Nipple covers (pasties): approved by the performer — silicone, skin tone matched". */
  readonly fittings: readonly string[];
}

export interface PacketStill {
  readonly view: { readonly kind: 'rehearsal' } | { readonly kind: 'camera'; readonly cameraId: string };
  readonly caption: string;
}

export interface PacketBeatPage {
  readonly beatId: string;
  readonly number: number;
  /** Beats in the scene (the page says "Beat 3 of 6" even when only some are printed). */
  readonly total: number;
  readonly description: string;
  /** "8 counts" or ''. */
  readonly counts: string;
  /** "counts 9–16 of the scene" when every beat before has counts, else ''. */
  readonly countsRange: string;
  readonly checkIn: boolean;
  readonly notes: string;
  readonly contacts: readonly string[];
  /** "Ruth: nipple covers (pasties)" — per performer; notes only on the wearer's own copy. */
  readonly garments: readonly string[];
  readonly barriers: readonly string[];
  /** Only for those who are uncovered: "Ruth: implied — uncovered: shoulders". */
  readonly nudity: readonly string[];
  /** The stills to print, in order (empty with stills off). */
  readonly stills: readonly PacketStill[];
  readonly floorPlanSvg: string;
  readonly floorPlanScale: number;
  /** Set when the asked-for scale did not fit the page: "1:25 does not fit this page: drawn at 1:50." */
  readonly scaleNote: string;
  /** On a performer's copy: whether they are in this beat's contacts (their lines come first). */
  readonly involvesReader: boolean;
}

export interface PacketModel {
  readonly sceneId: string;
  readonly audience: PacketAudience;
  readonly paper: PacketPaper;
  /** Running header: "The Quiet Hours · Sc. 42 · Draft". */
  readonly running: string;
  readonly confidential: 'CONFIDENTIAL — closed-set material';
  readonly cover: PacketCover;
  /** The performer's own consent (their copy only); null on the full-cast copy. */
  readonly private: PacketPrivate | null;
  readonly pages: readonly PacketBeatPage[];
}

// Size limits for every stored string. They protect the file and the UI from runaway input
// (a pasted novel, a malicious IPC payload) and are enforced by the zod schemas, so main
// refuses oversized values with a message naming the field.
export const LIMITS = {
  name: 200,
  short: 120,
  description: 2_000,
  notes: 10_000,
  contact: 300,
  path: 4_096,
  /** Largest JSON body accepted on one IPC or browser-host call. */
  requestBytes: 1_000_000,
} as const;

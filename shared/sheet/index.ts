// The choreography sheet as pure data (docs/domain.md): privacy applied through visibleTo first, then
// clinical words per block. main/export renders it to HTML and PDF; nothing is decided there.
export * from './types';
export { buildSheetModel, SheetError, HASH_PREFIX_LENGTH } from './model';
export { sheetFileName } from './fileName';
export { regionsInWords, personWithCharacter, STANDING_LINES } from './consentSummary';
export { stageName } from './beats';

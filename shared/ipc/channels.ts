// The names of the IPC channels and events, free of zod, so the sandboxed preload (which can
// `require` nothing but 'electron') can import them. contract.ts keys its schemas by these names and
// the compiler checks the two agree in both directions.
export const CHANNEL_NAMES = [
  'app:info',
  'document:load',
  'document:create',
  'document:open',
  'document:saveCopyAs',
  'document:close',
  'recent:list',
  'command:apply',
  'history:undo',
  'history:redo',
  'review:exportCopy',
  'review:comment',
  'review:approve',
  'review:approvals',
  'review:exportComments',
  'review:importComments',
  'version:issue',
  'signoff:record',
  'signoff:withdraw',
  'packet:preview',
  'packet:export',
  'sheet:pdf',
  'sheet:print',
  'signing:status',
  'signing:create',
  'signing:importP12',
  'signing:changeProtection',
  'signing:record',
  'sheet:verify',
  'rider:attachPdf',
  'rider:savePdfCopy',
  'rider:openPdf',
] as const;
export type Channel = (typeof CHANNEL_NAMES)[number];

export const EVENT_NAMES = ['menu:action', 'document:opened'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

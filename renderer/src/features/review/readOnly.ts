import type { ReviewInfo } from '../../../../shared/review/marker';
import { useDocumentStore } from '../../store/documentStore';

/**
 * Whether the open file is a director's review copy. Main refuses every change to one whatever the
 * window does (electron/main/review/handlers.ts); the window leaves out or disables every edit control
 * so the director is never offered one.
 */
export const useReadOnly = (): boolean => useDocumentStore((s) => !!s.info?.review);
export const useReviewInfo = (): ReviewInfo | null => useDocumentStore((s) => s.info?.review ?? null);
export const isReadOnly = (): boolean => !!useDocumentStore.getState().info?.review;

/** What a review copy says when an edit is attempted anyway (a shortcut, a stale menu). */
export const READ_ONLY_MESSAGE = 'Review copy — nothing here can be changed. Write a comment instead; the coordinator makes the changes in the production.';

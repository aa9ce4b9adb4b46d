import { create } from 'zustand';
import type { Vec3 } from '../../../../shared/domain/blocking';

const NAME_KEY = 'closedSet.reviewerName';

export interface ReviewState {
  /** Each approval's status from main: still matching the staging it approved, or outdated. */
  readonly approvals: Readonly<Record<string, 'current' | 'outdated'>>;
  /** The name comments are signed with on this machine (remembered). */
  readonly authorName: string;
  /** Waiting for a click on the stage to pin a comment there. */
  readonly pinning: boolean;
  /** The point picked for the comment being written. */
  readonly pinnedPoint: Vec3 | null;
  /** The comment thread highlighted (its pin drawn larger). */
  readonly focusedThread: string | null;
}

function storedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export const useReviewStore = create<ReviewState>(() => ({ approvals: {}, authorName: storedName(), pinning: false, pinnedPoint: null, focusedThread: null }));

export function setAuthorName(name: string): void {
  useReviewStore.setState({ authorName: name });
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // A browser without storage just asks again next time.
  }
}

export const setPinning = (pinning: boolean) => useReviewStore.setState(pinning ? { pinning } : { pinning, pinnedPoint: null });
export const pinPoint = (point: Vec3) => useReviewStore.setState({ pinning: false, pinnedPoint: point });
export const focusThread = (id: string | null) => useReviewStore.setState({ focusedThread: id });

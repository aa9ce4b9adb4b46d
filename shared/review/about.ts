import { contactSentence } from '../body/contactSentence';
import { beatNumber } from '../domain/beat';
import type { Comment, CommentTarget } from '../domain/comment';
import { GARMENT_LABELS } from '../domain/wardrobe';
import type { DocRecords } from '../records/query';
import { personName, sceneName } from '../rules/wording';

type AboutDoc = Pick<DocRecords, 'scenes' | 'beats' | 'contacts' | 'garments' | 'performers' | 'setPieces'>;

/**
 * What a comment is about, in words, as it is when the comment is written ("Beat 3: Ruth sits on the
 * edge of the bed · Ruth → Tom: right hand rests on left shoulder blade"): stored with the comment so it
 * still reads after the beat or contact is deleted. Throws nothing: a missing item reads as "deleted".
 */
export function describeCommentTarget(doc: AboutDoc, sceneId: string, beatId: string | null, target: CommentTarget): string {
  const scene = doc.scenes[sceneId];
  const sceneWords = scene ? capitalise(sceneName(scene)) : 'A deleted scene';
  if (!beatId) return sceneWords;
  const beat = doc.beats[beatId];
  const beatWords = beat ? `Beat ${beatNumber(beat)}${beat.description.trim() ? `: ${firstLine(beat.description)}` : ''}` : 'A deleted beat';
  switch (target.kind) {
    case 'scene':
    case 'beat':
      return beatWords;
    case 'contact': {
      const contact = doc.contacts[target.contactId];
      const words = contact
        ? contactSentence(contact, { performer: (id) => personName(doc, id), setPiece: (id) => ({ label: doc.setPieces[id]?.label ?? 'a set piece' }) })
        : 'a deleted contact';
      return `${beatWords} · ${words}`;
    }
    case 'garment': {
      const garment = doc.garments[target.garmentId];
      return `${beatWords} · ${garment ? `${personName(doc, garment.performerId)}: ${GARMENT_LABELS[garment.type]}` : 'a deleted garment'}`;
    }
    case 'point':
      return `${beatWords} · a point in the 3D view`;
  }
}

/** Whether what a comment is about is gone from the production (its beat, contact or garment deleted). */
export function commentTargetGone(doc: Pick<DocRecords, 'scenes' | 'beats' | 'contacts' | 'garments'>, comment: Pick<Comment, 'sceneId' | 'beatId' | 'target'>): 'scene' | 'beat' | 'item' | null {
  if (!doc.scenes[comment.sceneId]) return 'scene';
  if (comment.beatId && !doc.beats[comment.beatId]) return 'beat';
  if (comment.target.kind === 'contact' && !doc.contacts[comment.target.contactId]) return 'item';
  if (comment.target.kind === 'garment' && !doc.garments[comment.target.garmentId]) return 'item';
  return null;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const firstLine = (s: string) => {
  const line = s.trim().split('\n')[0]!;
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

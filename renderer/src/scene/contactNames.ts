import { useMemo } from 'react';
import type { ContactNames } from '../../../shared/body/contactSentence';
import type { Performer } from '../../../shared/domain/people';
import type { SetPiece } from '../../../shared/domain/blocking';
import { useDocumentStore } from '../store/documentStore';
import { useContactsOfBeat } from './selectors';
import { contactSentenceParts, type SentenceParts } from './wardrobeWords';

/** How the panels name people (by character, as on stage) and set pieces (by their label) in contact sentences. */
export function contactNamesFrom(performers: Readonly<Record<string, Performer>>, setPieces: Readonly<Record<string, SetPiece>>): ContactNames {
  return {
    performer: (id) => {
      const p = performers[id];
      return p ? p.character || p.name : 'a deleted performer';
    },
    setPiece: (id) => ({ label: setPieces[id]?.label ?? 'a removed set piece' }),
  };
}

export function useContactNames(): ContactNames {
  const performers = useDocumentStore((s) => s.performers);
  const setPieces = useDocumentStore((s) => s.setPieces);
  return useMemo(() => contactNamesFrom(performers, setPieces), [performers, setPieces]);
}

/** The beat's contacts in words (contactSentence), in the order they were made. */
export function useContactSentences(beatId: string | null): readonly SentenceParts[] {
  const contacts = useContactsOfBeat(beatId);
  const names = useContactNames();
  return useMemo(() => contacts.map((c) => contactSentenceParts(c, names)), [contacts, names]);
}

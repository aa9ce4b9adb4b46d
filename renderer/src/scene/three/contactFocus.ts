import { BODY_REGIONS } from '../../../../shared/domain/bodyRegions';
import type { BoneName } from '../../../../shared/domain/bones';
import { useDocumentStore } from '../../store/documentStore';

/** The performer and bone a contact starts from (its initiator), for focusing the view on it. */
export function getContactOwner(contactId: string): { performerId: string; bone: BoneName } | null {
  const contact = useDocumentStore.getState().contacts[contactId];
  return contact ? { performerId: contact.initiator.performerId, bone: BODY_REGIONS[contact.initiator.region].bone } : null;
}

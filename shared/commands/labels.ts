import type { Command, CommandType } from './index';

const LABELS: Record<CommandType, string> = {
  'production.update': 'Edit production details',
  'performer.create': 'Add performer',
  'performer.update': 'Edit performer',
  'performer.delete': 'Delete performer',
  'crew.create': 'Add crew member',
  'crew.update': 'Edit crew member',
  'crew.delete': 'Delete crew member',
  'scene.create': 'Add scene',
  'scene.update': 'Edit scene',
  'scene.delete': 'Delete scene',
  'scene.move': 'Reorder scenes',
  'beat.create': 'Add beat',
  'beat.update': 'Edit beat',
  'beat.delete': 'Delete beat',
  'beat.duplicate': 'Duplicate beat',
  'beat.move': 'Reorder beats',
  'setPiece.add': 'Add set piece',
  'setPiece.update': 'Edit set piece',
  'setPiece.delete': 'Delete set piece',
  'setPiece.duplicate': 'Duplicate set piece',
  'placement.update': 'Change blocking',
  'camera.add': 'Add camera',
  'camera.update': 'Edit camera',
  'camera.delete': 'Delete camera',
  'posePreset.save': 'Save pose preset',
  'posePreset.delete': 'Delete pose preset',
  'contact.add': 'Add contact',
  'contact.update': 'Edit contact',
  'contact.delete': 'Delete contact',
  'garment.add': 'Dress performer',
  'garment.update': 'Edit garment',
  'garment.delete': 'Remove garment',
  'garmentFitting.set': 'Record garment fitting',
  'barrier.add': 'Add barrier',
  'barrier.update': 'Edit barrier',
  'barrier.delete': 'Delete barrier',
  'boundary.set': 'Record boundaries',
  'rider.save': 'Save rider',
  'consent.withdraw': 'Record withdrawal of consent',
  'doubling.add': 'Add body double',
  'doubling.delete': 'Remove body double',
  'comment.add': 'Add comment',
  'comment.edit': 'Edit comment',
  'comment.resolve': 'Resolve comment',
};

/** The name of a command in the Edit menu ("Undo Add beat"). */
export function commandLabel(command: Command): string {
  if (command.type === 'placement.update' && command.label) return command.label;
  if (command.type === 'scene.update' && Object.keys(command.patch).join() === 'tempoCpm') return 'Change playback tempo';
  if (command.type === 'comment.resolve' && !command.resolved) return 'Reopen comment';
  if (command.type === 'comment.add' && command.parentId) return 'Reply to comment';
  return LABELS[command.type];
}

// The keys of the 3D view, as the shortcuts sheet lists them (useStageKeyboard.ts handles them). Kept
// apart from the handler so the sheet does not pull the 3D code into the app's first chunk.
export const STAGE_SHORTCUTS: readonly (readonly [string, string])[] = [
  ['W', 'Move mode (drag a hand or foot: the limb follows)'],
  ['E', 'Rotate mode (turn a mannequin, set piece or joint)'],
  ['F', 'Focus the view on the selection'],
  ['N  /  Shift+N', 'Select the next / previous performer'],
  ['Tab', 'Leave the 3D view (to the blocking panel, beat strip and inspector)'],
  ['← → ↑ ↓', 'Nudge the selection 5 cm (rotate mode: turn 5°)'],
  ['Shift + arrows', 'Nudge 25 cm (rotate mode: turn 15°)'],
  ['Delete', 'Delete the set piece or camera; take a performer off stage in this beat'],
  ['Ctrl/⌘+D', 'Duplicate the set piece or camera'],
  ['1  /  2  /  3', 'Free view / top plan / look through the active camera'],
  ['M', 'Measure: click two points'],
  ['C', 'Contact mode: click the initiator\'s body region, then what it touches'],
  ['D', 'Dress mode: hover names the body region, a click selects the performer to dress'],
  ['G', 'Show the previous beat as see-through ghosts'],
  ['X', 'Looking through a camera: tint what it films uncovered (agreed solid blue, not agreed striped orange)'],
  ['Space', 'Play / pause the beats'],
  ['Esc', 'Cancel a half-made contact, leave contact / dress mode, stop measuring or clear the selection'],
  ['Ctrl/⌘+Z, Ctrl/⌘+Shift+Z', 'Undo / redo (every release of a drag is one step)'],
];

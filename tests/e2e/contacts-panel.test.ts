import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SHOTS_DIR, type AppUnderTest } from '../support/e2e';

// Contacts, garments and barriers of a beat from the Blocking panel, in the sample production:
// a contact made with the keyboard only, its words on the beat card, a kiss specified, counts refused
// in the wrong order, a performer dressed and partly bare, a barrier; undo step by step; a restart.

let app: AppUnderTest;
const NEW_CONTACT = 'Ruth → Tom: right hand rests on left hand, light';
const AS_KISS = 'Ruth → Tom: closed-mouth kiss on the left hand, no tongue';

/** A screenshot of one part of the window, in a window tall enough to show the whole panel. */
async function shot(page: Page, target: Locator, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 1500 });
  await target.screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
  await page.setViewportSize({ width: 1440, height: 900 });
}

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
const contactsOfBeat2 = async () => (await app.host.snapshot()).contacts.filter((c) => c.beatId === 'sample-beat-2' && !c.deletedAt);

beforeAll(async () => {
  app = await openApp({ sample: true });
  await app.page.getByTestId('stage-viewport').waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('contacts, garments and barriers in the Blocking panel', () => {
  it('adds a contact from the keyboard, specifies a kiss, dresses a performer, adds a barrier; undo and restart', async () => {
    const page = app.page;
    const panel = page.getByRole('complementary', { name: 'Blocking' });
    const card2 = page.getByRole('listitem', { name: /^Beat 2:/ });
    await card2.click();
    const contacts = panel.getByRole('list', { name: 'Contacts in this beat' });
    // The sample's own contact of beat 2, in words, in the outline and on the card.
    await expect.poll(() => contacts.textContent()).toContain('Ruth → Tom: right hand rests on left hand, light, counts 3–8');
    await expect.poll(() => card2.textContent()).toContain('Ruth → Tom: right hand rests on left hand, light, counts 3–8');
    expect(await contactsOfBeat2()).toHaveLength(1);

    // Keyboard only: Enter opens the form on its first field; Tab moves; arrows choose; Enter adds.
    await panel.getByRole('button', { name: 'Add contact' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedLabel(page)).toBe('Initiator');
    expect(await panel.getByRole('combobox', { name: 'Initiator', exact: true }).inputValue()).toBe('sample-performer-maya');
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Initiator region');
    expect(await panel.getByRole('combobox', { name: 'Initiator region' }).inputValue()).toBe('rightHand');
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Receiver');
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Receiver region');
    const receiverRegion = panel.getByRole('combobox', { name: 'Receiver region' });
    expect(await receiverRegion.inputValue()).toBe('leftShoulder');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown'); // left shoulder … left hand
    await expect.poll(() => receiverRegion.inputValue()).toBe('leftHand');
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('New contact type');
    await page.keyboard.press('Tab'); // Cancel
    await page.keyboard.press('Tab'); // Add contact
    await page.keyboard.press('Enter');

    await expect.poll(async () => (await contactsOfBeat2()).length).toBe(2);
    await expect.poll(() => contacts.getByRole('button', { name: NEW_CONTACT, exact: true }).count()).toBe(1);
    await expect.poll(() => card2.textContent()).toContain(NEW_CONTACT);
    // Focus is on the new contact: Enter opens it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(NEW_CONTACT);
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.getByTestId('contact-sentence').textContent()).toBe(NEW_CONTACT);
    await shot(page, panel, 'contact-panel-light');

    // A kiss: its specification appears (mouth closed, no tongue, no tilt by default).
    await panel.getByRole('combobox', { name: 'Contact type' }).selectOption('kiss');
    const kiss = panel.getByRole('group', { name: 'Kiss specification' });
    await kiss.waitFor();
    expect(await kiss.getByRole('button', { name: 'Mouth closed' }).getAttribute('aria-pressed')).toBe('true');
    expect(await kiss.getByRole('checkbox', { name: 'No tongue' }).isChecked()).toBe(true);
    expect(await kiss.getByRole('combobox', { name: 'Head tilt' }).inputValue()).toBe('none');
    await expect.poll(() => panel.getByTestId('contact-sentence').textContent()).toBe(AS_KISS);
    await expect.poll(() => card2.textContent()).toContain(AS_KISS);

    // Counts 3 then 2: the second is the wrong way round, so it is refused with a message and nothing is saved.
    const from = panel.getByRole('textbox', { name: 'From count' });
    const to = panel.getByRole('textbox', { name: 'To count' });
    await from.fill('3');
    await from.press('Enter');
    await expect.poll(async () => (await contactsOfBeat2())[1]?.fromCount).toBe(3);
    await to.fill('2');
    await to.press('Enter');
    await expect.poll(() => panel.getByRole('alert').textContent()).toContain('wrong way round');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    expect((await contactsOfBeat2())[1]?.toCount).toBeNull();
    // Not a number at all: the shared schema's message, nothing sent.
    await to.fill('2.5');
    await expect.poll(() => panel.getByRole('alert').textContent()).toBe('Counts must be whole numbers');
    await to.press('Escape');
    await expect.poll(() => to.inputValue()).toBe('');
    await expect.poll(() => panel.getByTestId('contact-sentence').textContent()).toBe(`${AS_KISS}, from count 3`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, panel, 'contact-panel-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Ruth's wardrobe: nipple covers (approved at the fitting), the costume leaving both breasts bare.
    await panel.getByRole('button', { name: 'Back to the outline' }).click();
    await panel.getByRole('button', { name: 'Ruth Maya Okafor' }).click();
    const wardrobe = panel.getByRole('region', { name: 'Wardrobe in this beat' });
    const nudity = wardrobe.getByTestId('nudity-state');
    await expect.poll(() => nudity.textContent()).toBe('Uncovered: none — in costume');
    await wardrobe.getByRole('combobox', { name: 'Dress Ruth in' }).selectOption('nippleCovers');
    await wardrobe.getByRole('button', { name: 'Dress', exact: true }).click();
    const garments = wardrobe.getByRole('list', { name: 'Garments Ruth wears in this beat' });
    await expect.poll(() => garments.textContent()).toContain('Nipple covers (pasties)');
    const fitting = wardrobe.getByRole('combobox', { name: 'Fitting of nipple covers (pasties)' });
    // The fitting is recorded per performer and garment type (shared by every beat): fitted, then approved.
    const fittingShown = async () => (await fitting.locator('option:checked').textContent()) ?? '';
    await fitting.selectOption('fitted');
    await expect.poll(fittingShown).toBe('Fitted');
    await fitting.selectOption('approved');
    await expect.poll(fittingShown).toBe('Approved by the performer');
    await expect.poll(async () => (await app.host.snapshot()).garmentFittings.find((f) => f.performerId === 'sample-performer-maya' && f.type === 'nippleCovers')?.status).toBe('approved');
    await wardrobe.getByText('Costume leaves bare').click();
    await wardrobe.getByRole('checkbox', { name: 'Left breast' }).check();
    await expect.poll(() => nudity.textContent()).toBe('Side (excluding nipple) — left breast uncovered');
    await wardrobe.getByRole('checkbox', { name: 'Right breast' }).check();
    await expect.poll(() => nudity.textContent()).toBe('Side (excluding nipple) — breasts uncovered');
    await shot(page, wardrobe, 'wardrobe-section-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, wardrobe, 'wardrobe-section-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // A foam pad between the bodies.
    await panel.getByRole('button', { name: 'Back to the outline' }).click();
    await panel.getByRole('combobox', { name: 'Barrier type' }).selectOption('foamPad');
    await panel.getByRole('button', { name: 'Add barrier' }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 3 }).textContent()).toBe('Barrier');
    await expect.poll(() => panel.getByRole('textbox', { name: 'Barrier width' }).inputValue()).toBe('0.4');
    expect(await panel.getByRole('combobox', { name: 'Barrier rests against' }).inputValue()).toBe('none');
    await shot(page, panel, 'barrier-panel-light');
    await panel.getByRole('button', { name: 'Back to the outline' }).click();
    await expect.poll(() => panel.getByRole('list', { name: 'Barriers in this beat' }).textContent()).toContain('Foam pad');
    await expect.poll(() => card2.textContent()).toContain('1 barrier');
    await expect.poll(() => card2.textContent()).toContain('1 garment');
    await shot(page, card2, 'beat-card-contacts-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, card2, 'beat-card-contacts-dark');
    await page.screenshot({ path: join(SHOTS_DIR, 'contacts-outline-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    // Undo the last three edits, one at a time: the barrier, then each breast covered again.
    await panel.getByRole('button', { name: 'Ruth Maya Okafor' }).click();
    await wardrobe.getByText('Costume leaves bare').click();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await undo.click();
    await expect.poll(() => card2.textContent()).not.toContain('barrier');
    expect(await nudity.textContent()).toBe('Side (excluding nipple) — breasts uncovered');
    await undo.click();
    await expect.poll(() => nudity.textContent()).toBe('Side (excluding nipple) — left breast uncovered');
    expect(await wardrobe.getByRole('checkbox', { name: 'Right breast' }).isChecked()).toBe(false);
    await undo.click();
    await expect.poll(() => nudity.textContent()).toBe('Uncovered: none — in costume');
    expect(await wardrobe.getByRole('checkbox', { name: 'Left breast' }).isChecked()).toBe(false);

    // A restart keeps the rest: the kiss from count 3, the nipple covers approved, no barrier.
    await app.restart();
    await page.getByTestId('stage-viewport').waitFor();
    await card2.click();
    await expect.poll(() => contacts.textContent()).toContain(`${AS_KISS}, from count 3`);
    await expect.poll(() => card2.textContent()).toContain(`${AS_KISS}, from count 3`);
    expect(await card2.textContent()).not.toContain('barrier');
    await expect.poll(() => panel.getByText('No barrier in this beat.').count()).toBe(1);
    await panel.getByRole('button', { name: 'Ruth Maya Okafor' }).click();
    await expect.poll(() => garments.textContent()).toContain('Nipple covers (pasties)');
    expect(await fitting.inputValue()).toBe('approved');
    expect(await nudity.textContent()).toBe('Uncovered: none — in costume');
  });
});

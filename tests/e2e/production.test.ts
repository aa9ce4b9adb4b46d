import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../support/tempDir';
import { openApp, type AppUnderTest } from '../support/e2e';

// A coordinator's first hour with a new production: name it, add the performers, add a scene with
// them in it, block some beats, and find everything still there after a reload.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('a new production', () => {
  it('keeps its people, scene and beats across a reload', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('textbox', { name: 'Name your production' }).fill('Harbour Lights');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Production details: Harbour Lights' }).count()).toBe(1);

    // People: two performers with names and heights.
    await page.getByRole('button', { name: /^People/ }).click();
    for (const [name, height] of [['Maya Okafor', '168'], ['Daniel Reyes', '181']] as const) {
      await page.getByRole('button', { name: 'Add performer' }).click();
      const nameBox = page.getByRole('textbox', { name: 'Performer name' });
      // The new performer opens in the editor once main has created them.
      await expect.poll(() => nameBox.inputValue()).toMatch(/^Performer \d+$/);
      await nameBox.fill(name);
      await nameBox.press('Enter');
      const heightBox = page.getByRole('textbox', { name: 'Height (cm)' });
      await heightBox.fill(height);
      await heightBox.press('Enter');
      await expect.poll(() => page.getByRole('list', { name: 'Performers' }).getByRole('button', { name: new RegExp(name) }).count()).toBe(1);
    }
    // Validation as you type: a height in metres is caught before anything is sent.
    await page.getByRole('textbox', { name: 'Height (cm)' }).fill('1.8');
    await expect.poll(() => page.getByText('Height must be at least 50 cm').isVisible()).toBe(true);
    await page.getByRole('textbox', { name: 'Height (cm)' }).press('Escape');

    // A scene with both performers in it.
    await page.getByRole('button', { name: 'Add scene' }).first().click();
    await page.getByRole('tab', { name: 'Scene' }).click();
    const number = page.getByRole('textbox', { name: 'Scene number' });
    await number.fill('17');
    await number.press('Enter');
    const title = page.getByRole('textbox', { name: 'Scene title' });
    await title.fill('The boathouse');
    await title.press('Enter');
    await page.getByRole('button', { name: 'Kiss', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Maya Okafor' }).check();
    await page.getByRole('checkbox', { name: 'Daniel Reyes' }).check();

    // Three beats, one deleted and restored with undo, one reordered.
    const texts = ['A and B stand facing, 40 cm apart', 'Closed-mouth kiss, 3 counts', 'B rests left palm on the back of A’s right hand'];
    for (const [i, text] of texts.entries()) {
      await page.getByRole('button', { name: 'Add beat', exact: true }).click();
      // The new beat is selected and focused once main has created it; Enter edits it on the card.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Beat ${i + 1}: No description`);
      await page.keyboard.press('Enter');
      await page.getByRole('textbox', { name: `Beat ${i + 1} description` }).fill(text);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('button', { name: 'Delete beat 2' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Beats' }).getByRole('listitem').count()).toBe(2);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Beats' }).getByRole('listitem').count()).toBe(3);
    await page.getByRole('listitem', { name: /^Beat 3:/ }).focus();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => page.getByText('All changes saved').isVisible()).toBe(true);

    await page.reload();

    await expect.poll(() => page.getByRole('button', { name: 'Production details: Harbour Lights' }).count()).toBe(1);
    await page.getByRole('button', { name: /^Scene 17: The boathouse/ }).click();
    const beats = await page
      .getByRole('list', { name: 'Beats' })
      .getByRole('listitem')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(beats).toEqual([
      'Beat 1: A and B stand facing, 40 cm apart',
      'Beat 2: B rests left palm on the back of A’s right hand',
      'Beat 3: Closed-mouth kiss, 3 counts',
    ]);
    await page.getByRole('tab', { name: 'Scene' }).click();
    expect(await page.getByRole('button', { name: 'Kiss', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('checkbox', { name: 'Maya Okafor' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Daniel Reyes' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: /^People/ }).click();
    await page.getByRole('list', { name: 'Performers' }).getByRole('button', { name: /Daniel Reyes/ }).click();
    expect(await page.getByRole('textbox', { name: 'Height (cm)' }).inputValue()).toBe('181');

    // Hiding the inspector gives the 3D view the room; the choice is remembered; Scene details brings it back.
    await page.getByRole('button', { name: 'Scene 17: The boathouse' }).click();
    const stageWidth = async () => (await page.getByRole('region', { name: '3D blocking view' }).boundingBox())!.width;
    const before = await stageWidth();
    await page.getByRole('button', { name: 'Inspector' }).click();
    await expect.poll(() => page.getByRole('complementary', { name: 'Inspector' }).count()).toBe(0);
    expect(await stageWidth()).toBeGreaterThan(before + 250);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Scene details' }).count()).toBe(1);
    expect(await page.getByRole('complementary', { name: 'Inspector' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Scene details' }).click();
    await expect.poll(() => page.getByRole('complementary', { name: 'Inspector' }).count()).toBe(1);
  });

  it('explains a damaged or foreign file in the window and leaves it untouched', async () => {
    app = await openApp();
    const { page, dir } = app;
    const foreign = join(dir, 'notes.closedset');
    writeFileSync(foreign, 'Read-through notes, not a production\n'.repeat(50));
    const before = sha256(foreign);
    // The browser host has no native dialog: Open… asks for a path in the app.
    await page.getByRole('button', { name: 'Production details: Untitled production' }).waitFor();
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Open…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open production' });
    await dialog.getByRole('textbox', { name: 'File path' }).fill(foreign);
    await dialog.getByRole('textbox', { name: 'File path' }).press('Enter');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'is not a Closed Set production file' }).count()).toBe(1);
    expect(sha256(foreign)).toBe(before);
    // The production that was open is still open and editable.
    expect(await page.getByRole('button', { name: 'Production details: Untitled production' }).count()).toBe(1);
  });

  it('keeps working and says so when the 3D view cannot load', async () => {
    app = await openApp();
    const { page } = app;
    // The 3D view's code is a separate file loaded on demand; here it cannot be read (as after an update
    // replaced the app on disk while it was running).
    await page.route(/\/assets\/StageView-[^/]+\.js$/, (route) => route.abort());
    await page.getByRole('button', { name: 'Add scene' }).first().click();
    const alert = page.getByRole('alert').filter({ hasText: 'The 3D view could not be shown' });
    await alert.waitFor();
    await expect.poll(() => alert.getByRole('button', { name: 'Reload the window' }).count()).toBe(1);
    // The rest of the scene works: beats can still be added and are saved.
    await page.getByRole('button', { name: 'Add beat' }).click();
    await expect.poll(async () => {
      const loaded = await app!.host.call('document:load', {});
      return loaded.ok ? loaded.value!.snapshot.beats.length : -1;
    }).toBe(1);
  });
});


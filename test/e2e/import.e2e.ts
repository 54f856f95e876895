import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../support/paths';
import { DocumentListPage } from './pages/DocumentListPage';
import { ImportDialogPage } from './pages/ImportDialogPage';
import { ParticipantsSheetPage } from './pages/ParticipantsSheetPage';
import { SearchPanelPage } from './pages/SearchPanelPage';
import { SpeakersDialogPage } from './pages/SpeakersDialogPage';
import { StartPage } from './pages/StartPage';
import { WorkspacePage } from './pages/WorkspacePage';
import { useApp } from './support/appHarness';

/** A focus-group note in a shape auto-detection does not know: "Q." and "A." turns. */
const questionsAndAnswers = [
  'Q. How did you first hear about the link worker service?',
  'A. My GP mentioned it after my husband died. I was not sleeping and she said there was someone who could help me find things to do.',
  'Q. What happened at the first appointment?',
  'A. We talked for nearly an hour. She wrote me a prescription for the walking group, which sounded daft, but I went.',
  'Q. And now?',
  'A. I go every Tuesday. I know people in the village again.',
  '',
].join('\n');

/** A folder as researchers have them: mixed formats, a sub-folder, and one file Coherence cannot read. */
function fillStudyFolder(root: string): string {
  const folder = path.join(root, 'study-transcripts');
  mkdirSync(path.join(folder, 'subtitles'), { recursive: true });
  copyFileSync(corpusPath('transcripts-txt', 'mlss-interviews', 'Interview 4.txt'), path.join(folder, 'Interview 4.txt'));
  copyFileSync(corpusPath('transcripts-txt', 'changelog', 'brainscience', 'brain-science-2.md'), path.join(folder, 'brain-science-2.md'));
  copyFileSync(
    corpusPath('transcripts-docx', 'earnings-call', 'Microsoft_FY24_Second_Quarter_Earnings_Conference_Call_Transcript.docx'),
    path.join(folder, 'earnings-call.docx'),
  );
  copyFileSync(corpusPath('subtitles', 'podcast-fixtures', 'podnews_weekly_review_2024-01-19.vtt'), path.join(folder, 'subtitles', 'podnews.vtt'));
  copyFileSync(corpusPath('subtitles', 'podcast-fixtures', 'buzzcast.srt'), path.join(folder, 'subtitles', 'buzzcast.srt'));
  copyFileSync(corpusPath('transcripts-docx', 'knesset-doc', '20_ptv_317899.doc'), path.join(folder, 'knesset-protocol.doc'));
  writeFileSync(path.join(folder, 'walking-group-notes.txt'), questionsAndAnswers);
  return folder;
}

describe('import, speakers, participants and search in Chromium (web mode)', () => {
  const harness = useApp();

  it('imports a mixed folder, maps speakers, imports attributes from CSV and jumps to a search hit', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await new StartPage(page).createProject(path.join(t.dir, 'social-prescribing.coherence'));
    const workspace = new WorkspacePage(page);
    await workspace.becomeCoder('Sam Okoro', 'SO');
    const folder = fillStudyFolder(t.dir);

    // 1. Choose the folder: the preview lists every file, with the speakers it found.
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('menuitem', { name: 'A whole folder…' }).waitFor();
    await page.keyboard.press('Escape');
    const importing = new ImportDialogPage(page);
    await importing.chooseFolder(folder);
    await expect.poll(() => importing.row(/\./).count()).toBe(7);
    await expect.poll(() => importing.row('study-transcripts/Interview 4.txt').textContent()).toContain('Ready');
    expect(await importing.speakersOf('study-transcripts/Interview 4.txt')).toEqual(expect.arrayContaining(['Interviewee 159', 'Interviewer 1 61']));
    const legacy = importing.row('study-transcripts/knesset-protocol.doc');
    await expect.poll(() => legacy.textContent()).toMatch(/Cannot import.*knesset-protocol\.doc.*\.docx/);
    await expect.poll(() => importing.speakersOf('study-transcripts/subtitles/buzzcast.srt')).toContain('Alban 7');
    await app.screenshot('import-1-preview');

    // 2. The Q./A. notes: no speakers found; a pattern for that file finds them.
    const notes = 'study-transcripts/walking-group-notes.txt';
    expect(await importing.speakersOf(notes)).toEqual([]);
    await importing.setFilePattern(notes, '^(?<speaker>[QA])\\.\\s');
    await expect.poll(() => importing.speakersOf(notes)).toEqual(['Q 3', 'A 3']);
    await app.screenshot('import-2-pattern');

    // 3. Import: the progress bar shows while it runs (the request is held back so it can be seen).
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/rpc', async (route) => {
      if (route.request().postData()?.includes('"documents.import"')) await held;
      await route.continue();
    });
    await importing.importButton().click();
    await importing.progress.getByRole('progressbar').waitFor();
    expect(await importing.progress.getByRole('progressbar').getAttribute('aria-valuemax')).toBe('7');
    await app.screenshot('import-3-progress');
    release();
    await importing.summary.waitFor();
    await page.unroute('**/rpc');
    expect(await importing.count('imported')).toBe(6);
    expect(await importing.count('failed')).toBe(1);
    expect(await importing.count('skipped')).toBe(0);
    expect(await importing.count('cancelled')).toBe(0);
    expect(await importing.reasonFor('knesset-protocol.doc')).toMatch(/Word 97.2003.*\.docx/);
    await app.screenshot('import-4-summary');
    const documents = await t.call('documents.list', {});
    expect(documents.map((d) => d.title).sort()).toEqual(['Interview 4', 'brain-science-2', 'buzzcast', 'earnings-call', 'podnews', 'walking-group-notes']);

    // 4. Map the speakers: Q is the interviewer (not a participant), A is Margaret.
    await importing.summary.getByRole('button', { name: 'Map speakers to participants…' }).click();
    const speakers = new SpeakersDialogPage(page);
    await speakers.waitForLabel('A');
    expect(await speakers.choice('Q')).toBe('Not a participant');
    expect(await speakers.choice('Interviewer 1')).toBe('Not a participant');
    await speakers.newParticipant('A', 'Margaret');
    await app.screenshot('import-5-speakers');
    await speakers.save();
    const labels = await t.call('speakers.list', {});
    const participants = await t.call('participants.list', {});
    const margaret = participants.find((p) => p.name === 'Margaret');
    expect(margaret?.documents.map((d) => d.title)).toEqual(['walking-group-notes']);
    expect(labels.find((l) => l.label === 'Q')?.documents[0]).toMatchObject({ notParticipant: true, participantId: null });
    expect(labels.find((l) => l.label === 'A')?.documents[0]?.participantId).toBe(margaret!.id);
    expect(participants.map((p) => p.name)).toContain('Alban');

    // 5. Attributes from a CSV: two rows match, one names nobody in the project.
    const csv = path.join(t.dir, 'participants.csv');
    writeFileSync(csv, 'Participant,Role,Age,Interviewed on\nMargaret,client,67,2024-03-12\nAlban,staff,41,2024-03-15\nNobody Here,referrer,50,2024-04-01\n');
    const sheet = new ParticipantsSheetPage(page);
    await sheet.open();
    await sheet.previewAttributes(csv);
    await expect.poll(() => sheet.importDialog.locator('.footer-note').textContent()).toBe('2 of 3 rows match a participant');
    await expect.poll(() => sheet.importDialog.getByRole('list', { name: 'Rows that match no participant' }).textContent()).toContain('Nobody Here');
    expect(await sheet.importDialog.getByLabel('Type of Age').inputValue()).toBe('number');
    expect(await sheet.importDialog.getByLabel('Type of Interviewed on').inputValue()).toBe('date');
    await app.screenshot('import-6-attributes-preview');
    await sheet.importDialog.getByRole('button', { name: /^Import 3 columns$/ }).click();
    const result = page.getByRole('dialog', { name: 'Attributes imported' });
    await expect.poll(() => result.textContent()).toContain('Nobody Here');
    await result.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => sheet.value('Margaret', 'Age')).toBe('67');
    expect(await sheet.value('Alban', 'Interviewed on')).toBe('2024-03-15');
    await app.screenshot('import-7-participants');
    await sheet.close();

    // 6. Search for a word and jump to it: the transcript opens with exactly the match selected.
    const search = new SearchPanelPage(page);
    await search.search('prescription');
    const hit = search.hits().first();
    expect(await hit.textContent()).toContain('prescription for the walking group');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'walking-group-notes' }).waitFor();
    await expect.poll(() => search.selectedText()).toBe('prescription');
    const stored = await t.call('documents.get', { documentId: documents.find((d) => d.title === 'walking-group-notes')!.id });
    const [start, end] = [Number(await hit.getAttribute('data-start')), Number(await hit.getAttribute('data-end'))];
    expect(stored.text.slice(start, end)).toBe('prescription');
    await app.screenshot('import-8-search');
  });
});

describe('the document list in Chromium (web mode)', () => {
  const harness = useApp();

  it('filters, groups into sets, renames and deletes with undo, by mouse and keyboard', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await new StartPage(page).createProject(path.join(t.dir, 'sets.coherence'));
    const workspace = new WorkspacePage(page);
    await workspace.becomeCoder('Sam Okoro', 'SO');
    const notes = path.join(t.dir, 'walking-group-notes.txt');
    writeFileSync(notes, questionsAndAnswers);
    await workspace.importFiles([
      corpusPath('transcripts-txt', 'mlss-interviews', 'Interview 4.txt'),
      corpusPath('transcripts-txt', 'mlss-interviews', 'Interview 10.txt'),
      notes,
    ]);
    const documents = new DocumentListPage(page);
    await expect.poll(() => documents.titles()).toEqual(['Interview 4', 'Interview 10', 'walking-group-notes']);

    // One coding on Interview 10, so it counts as coded and its deletion has something to lose.
    const byTitle = new Map((await t.call('documents.list', {})).map((d) => [d.title, d.id]));
    const code = await t.call('codes.create', { name: 'Deployment' });
    const [coder] = await t.call('coders.list', {});
    await t.call('codings.create', { documentId: byTitle.get('Interview 10')!, codeId: code.id, coderId: coder!.id, start: 0, end: 12 });

    // Filter by text, then by coded status.
    await documents.filter('interview');
    await expect.poll(() => documents.titles()).toEqual(['Interview 4', 'Interview 10']);
    const filters = await documents.showFilters();
    await filters.getByLabel('Coding').selectOption('coded');
    await expect.poll(() => documents.titles()).toEqual(['Interview 10']);
    await app.screenshot('documents-1-filters');
    await filters.getByLabel('Coding').selectOption('uncoded');
    await expect.poll(() => documents.titles()).toEqual(['Interview 4']);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect.poll(() => documents.titles()).toHaveLength(3);

    // Sort by word count, largest first.
    await page.getByLabel('Sort documents by').selectOption('words');
    await page.getByRole('button', { name: /^Sorted ascending/ }).click();
    await expect.poll(() => documents.titles()).toEqual(['Interview 4', 'Interview 10', 'walking-group-notes']);
    await page.getByLabel('Sort documents by').selectOption('title');
    await page.getByRole('button', { name: /^Sorted descending/ }).click();

    // Select two with Ctrl+click and make a set of them.
    await documents.row('Interview 4').click();
    await documents.row('Interview 10').click({ modifiers: ['Control'] });
    await expect.poll(() => documents.selectionBar.textContent()).toContain('2 selected');
    await documents.selectionBar.getByRole('button', { name: 'Add to set' }).click();
    await page.getByRole('menuitem', { name: 'New set with these…' }).click();
    await page.getByRole('dialog', { name: 'New set with 2 documents' }).getByLabel('Name').fill('Phase 1 interviews');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await t.call('sets.list', {})).map((s) => [s.name, s.documentIds.length])).toEqual([['Phase 1 interviews', 2]]);
    await app.screenshot('documents-2-selection');
    await documents.showSet('Phase 1 interviews');
    await expect.poll(() => documents.titles()).toEqual(['Interview 4', 'Interview 10']);
    await documents.showSet(null);

    // Keyboard: move to the notes, rename with F2, select a range with Shift+Up.
    await documents.row('Interview 4').click();
    await page.keyboard.press('End');
    await page.keyboard.press('F2');
    await page.getByLabel('New title for walking-group-notes').fill('Walking group notes');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await t.call('documents.list', {})).map((d) => d.title).sort()).toContain('Walking group notes');
    await page.keyboard.press('Shift+ArrowUp');
    await expect.poll(() => documents.selectionBar.textContent()).toContain('2 selected');
    await page.keyboard.press('Escape');

    // Delete Interview 10 from the keyboard: the confirmation says what is lost; Undo brings it back.
    await documents.row('Interview 10').click();
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('dialog', { name: 'Delete “Interview 10”?' });
    await expect.poll(() => confirm.textContent()).toContain('1 coding');
    await app.screenshot('documents-3-delete');
    await page.keyboard.press('Enter');
    await expect.poll(() => documents.titles()).toEqual(['Interview 4', 'Walking group notes']);
    const toast = page.getByRole('status', { name: 'Messages' });
    await expect.poll(() => toast.textContent()).toContain('Deleted “Interview 10”.');
    await app.screenshot('documents-4-undo');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => documents.titles()).toEqual(['Interview 4', 'Interview 10', 'Walking group notes']);
    const restored = await t.call('documents.list', {});
    expect(restored.find((d) => d.title === 'Interview 10')?.codingCount).toBe(1);

    // Ctrl+Z undoes the rename; Ctrl+Shift+Z does it again.
    await documents.row('Interview 4').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => documents.titles()).toEqual(['Interview 4', 'Interview 10', 'walking-group-notes']);
    await expect.poll(() => toast.textContent()).toContain('Undid: Rename document to "Walking group notes"');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => documents.titles()).toContain('Walking group notes');
  });

  it('keeps document attributes and participant links in the participants sheet', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await new StartPage(page).createProject(path.join(t.dir, 'attributes.coherence'));
    const workspace = new WorkspacePage(page);
    await workspace.becomeCoder('Sam Okoro', 'SO');
    const notes = path.join(t.dir, 'field-notes.txt');
    writeFileSync(notes, 'Visited the walking group on Tuesday. Margaret led the route.\n');
    await workspace.importFiles([notes]);
    await t.call('participants.create', { name: 'Margaret' });

    const sheet = new ParticipantsSheetPage(page);
    await sheet.open();
    await sheet.sheet.getByRole('tab', { name: /^Documents/ }).click();
    await sheet.sheet.getByRole('button', { name: 'Add attribute…' }).click();
    const attribute = page.getByRole('dialog', { name: 'New document attribute' });
    await attribute.getByLabel('Name').fill('Phase');
    await attribute.getByLabel('Type').selectOption('category');
    await attribute.getByLabel('Allowed values, one per line').fill('interview\nworkshop');
    await attribute.getByRole('button', { name: 'Add attribute' }).click();
    await sheet.sheet.getByLabel('Phase of field-notes', { exact: true }).selectOption('workshop');
    await sheet.sheet.getByRole('button', { name: 'Participants in field-notes' }).click();
    const links = page.getByRole('dialog', { name: 'Participants in “field-notes”' });
    await links.getByLabel('Margaret').check();
    await links.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => sheet.sheet.getByRole('button', { name: 'Participants in field-notes' }).textContent()).toBe('Margaret');
    await app.screenshot('participants-documents-tab');

    const [document] = await t.call('documents.list', {});
    const [phase] = await t.call('attributes.list', { scope: 'document' });
    expect(document!.attributes[phase!.id]).toBe('workshop');
    expect(document!.participants.map((p) => p.name)).toEqual(['Margaret']);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_FILTERS, PROJECT_FILTERS, withProjectExtension } from '../../electron/main/dialogFilters';
import { isProjectFile, projectFileFromArgv } from '../../electron/main/projectFileArgs';

describe('projectFileFromArgv', () => {
  it('finds a double-clicked project in a packaged launch', () => {
    expect(projectFileFromArgv(['/opt/Coherence/coherence', '/home/so/Pilot study.coherence'], '/home/so')).toBe(
      '/home/so/Pilot study.coherence',
    );
  });

  it('skips Electron and Chromium switches and the app folder in development', () => {
    const argv = ['/repo/node_modules/electron/dist/electron', '.', '--allow-file-access-from-files', 'studies/pilot.coherence'];
    expect(projectFileFromArgv(argv, '/repo')).toBe(path.resolve('/repo', 'studies/pilot.coherence'));
  });

  it('takes the last project when several are given, whatever the case of the extension', () => {
    expect(projectFileFromArgv(['app', '/a/one.coherence', '/b/TWO.COHERENCE'], '/')).toBe('/b/TWO.COHERENCE');
  });

  it('answers null when no project file is on the command line', () => {
    expect(projectFileFromArgv(['/opt/Coherence/coherence'], '/')).toBeNull();
    expect(projectFileFromArgv(['app', '/home/so/interview-03.docx', '--flag=x.coherence'], '/')).toBeNull();
    expect(projectFileFromArgv(['app', '/home/so/.coherence'], '/')).toBeNull();
  });

  it('recognises project files by name', () => {
    expect(isProjectFile('/x/Pilot.coherence')).toBe(true);
    expect(isProjectFile('/x/Pilot.coherence.bak')).toBe(false);
    expect(isProjectFile('/x/coherence')).toBe(false);
  });
});

describe('dialog filters', () => {
  it('offers Coherence projects only when opening or creating one', () => {
    expect(PROJECT_FILTERS).toEqual([{ name: 'Coherence project', extensions: ['coherence'] }]);
  });

  it('offers every importable format first, then documents and attributes apart', () => {
    expect(IMPORT_FILTERS.map((f) => f.name)).toEqual([
      'All supported files',
      'Transcripts and documents',
      'Participant attributes (CSV, Excel)',
    ]);
    const all = IMPORT_FILTERS[0]!.extensions;
    for (const ext of ['txt', 'md', 'docx', 'odt', 'rtf', 'pdf', 'vtt', 'srt', 'html', 'csv', 'xlsx']) {
      expect(all, ext).toContain(ext);
    }
    expect(IMPORT_FILTERS[2]!.extensions).toEqual(['csv', 'xlsx']);
  });

  it('writes extensions without dots or wildcards, as Electron expects', () => {
    for (const filter of [...PROJECT_FILTERS, ...IMPORT_FILTERS]) {
      for (const ext of filter.extensions) expect(ext).toMatch(/^[a-z0-9]+$/);
    }
  });

  it('adds the project extension when a save dialog leaves it off', () => {
    expect(withProjectExtension('/home/so/Pilot study')).toBe('/home/so/Pilot study.coherence');
    expect(withProjectExtension('/home/so/Pilot.coherence')).toBe('/home/so/Pilot.coherence');
    expect(withProjectExtension('/home/so/Pilot.COHERENCE')).toBe('/home/so/Pilot.COHERENCE');
    expect(withProjectExtension('Untitled')).toBe('Untitled.coherence');
  });
});

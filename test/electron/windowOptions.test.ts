import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../electron/main/windowOptions';

describe('createWindowOptions', () => {
  const options = createWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs', isPackaged: true });
  const web = options.webPreferences!;

  it('follows the Electron security checklist', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
  });

  it('loads the bundled preload and nothing else into the page', () => {
    expect(web.preload).toBe('/app/dist/electron/preload.cjs');
    expect(web).not.toHaveProperty('additionalArguments');
    expect(web).not.toHaveProperty('enableBlinkFeatures');
  });

  it('turns off the spellchecker and navigation by dropped files', () => {
    expect(web.spellcheck).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('allows DevTools only while developing', () => {
    expect(web.devTools).toBe(false);
    expect(createWindowOptions({ preloadPath: '/p.cjs', isPackaged: false }).webPreferences!.devTools).toBe(true);
  });

  it('starts hidden, titled Coherence, with an icon only when given one', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Coherence');
    expect(options).not.toHaveProperty('icon');
    expect(createWindowOptions({ preloadPath: '/p.cjs', isPackaged: false, iconPath: '/i.png' }).icon).toBe('/i.png');
  });
});

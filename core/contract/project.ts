import { z } from 'zod';
import type { AppInfo, ProjectInfo, RecentProject } from '../model/types';
import { method } from './method';

const filePath = z.string().trim().min(1, 'a file path is required');

export const projectContract = {
  'app.info': method<AppInfo>()(z.object({})),
  'project.create': method<ProjectInfo>()(
    z.object({ path: filePath, name: z.string().trim().min(1).optional(), sample: z.boolean().optional() }),
  ),
  'project.open': method<ProjectInfo>()(z.object({ path: filePath })),
  /** Opens the sample project, creating it on first use in the user's data folder. */
  'project.openSample': method<ProjectInfo>()(z.object({})),
  'project.close': method<null>()(z.object({})),
  'project.current': method<ProjectInfo | null>()(z.object({})),
  'project.recent': method<RecentProject[]>()(z.object({})),
  /** Native dialogs: answered by the desktop shell; unavailable in a browser. */
  'dialog.openProject': method<string | null>()(z.object({})),
  'dialog.saveProject': method<string | null>()(z.object({ defaultName: z.string().default('Untitled.coherence') })),
  'dialog.importFiles': method<string[]>()(z.object({})),
};

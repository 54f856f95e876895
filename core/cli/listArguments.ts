import type { ProjectFile } from '../../db/projectFile';
import { findCoderByInitials } from '../coders/coderQueries';
import { AppError } from '../model/errors';

/** A comma-separated list on the command line; a comma inside an item (a code path, a title) is written \, */
export function commaList(value: string): string[] {
  return value
    .split(/(?<!\\),/)
    .map((v) => v.replace(/\\,/g, ',').trim())
    .filter(Boolean);
}

/** `--coders SO,EW` as coder ids: an unknown initial is an error rather than an empty result. */
export function coderIdsByInitials(file: ProjectFile, value: string): number[] {
  return commaList(value).map((initials) => {
    const coder = findCoderByInitials(file, initials);
    if (!coder) throw new AppError('not-found', `There is no coder with initials "${initials}".`);
    return coder.id;
  });
}

import { Command, CommanderError } from 'commander';
import { appVersion } from '../appVersion';
import { AppError } from '../model/errors';
import { registerAgreement } from './commands/agreement';
import { registerAssign } from './commands/assign';
import { registerCmo } from './commands/cmo';
import { registerCodebook } from './commands/codebook';
import { registerCoders } from './commands/coders';
import { registerCodings } from './commands/codings';
import { registerExport } from './commands/export';
import { registerImport } from './commands/importFiles';
import { registerList } from './commands/list';
import { registerMatrix } from './commands/matrix';
import { registerMerge } from './commands/merge';
import { registerNew } from './commands/newProject';
import { registerParticipants } from './commands/participants';
import { registerQuery } from './commands/query';
import { registerSearch } from './commands/search';
import { registerServe } from './commands/serve';
import { registerText } from './commands/text';

/**
 * `coherence`: the same core as the app, from a terminal. Every command exits 0 on success and
 * otherwise prints one line to stderr and exits non-zero.
 */
const program = new Command('coherence')
  .description('Coherence: qualitative interview coding and framework analysis, from the command line')
  .version(appVersion)
  .showHelpAfterError('(add --help for usage)')
  .exitOverride();

registerNew(program);
registerImport(program);
registerList(program);
registerText(program);
registerParticipants(program);
registerSearch(program);
registerCodebook(program);
registerCodings(program);
registerCoders(program);
registerAgreement(program);
registerAssign(program);
registerMatrix(program);
registerQuery(program);
registerCmo(program);
registerExport(program);
registerMerge(program);
registerServe(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // Commander has already printed its message (or the help/version text).
    process.exit(e.exitCode === 0 ? 0 : 2);
  }
  const message = e instanceof AppError ? e.message : e instanceof Error ? e.message : String(e);
  process.stderr.write(`coherence: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
}
